/**
 * A deterministic `.tar.gz` of files held in memory: POSIX ustar entries in
 * the order given, every file mode 0644, owned by 0:0, dated 1970-01-01, then
 * gzip (Node's zlib writes no time or name into the gzip header). The same
 * files give the same bytes on every machine. Written here because the
 * generator renders in memory and synchronously, which the stream-based tar
 * packages of npm do not (tar-stream emits its output asynchronously; node-tar
 * archives files from disk).
 *
 * Frozen releases' archives are checked by making them again from the
 * release's files (scripts/lib/schema-set.ts): for the same files this must
 * keep writing the same bytes (the gzip level included), or every frozen
 * archive would fail its check.
 */
import { promisify } from 'node:util';
import { gzip, gzipSync } from 'node:zlib';

const BLOCK = 512;

/** `value` as a NUL-terminated octal field of `width` bytes. */
function octal(value: number, width: number): string {
  return `${value.toString(8).padStart(width - 1, '0')}\0`;
}

/** Splits a path into ustar's `prefix` (up to 155 bytes) and `name` (up to 100) at a `/`. */
function splitName(path: string): { prefix: string; name: string } {
  if (Buffer.byteLength(path) <= 100) return { prefix: '', name: path };
  const cut = path.lastIndexOf('/', 155);
  const prefix = path.slice(0, cut);
  const name = path.slice(cut + 1);
  if (cut < 0 || Buffer.byteLength(prefix) > 155 || Buffer.byteLength(name) > 100) throw new Error(`${path}: too long for a tar entry`);
  return { prefix, name };
}

function header(path: string, size: number): Buffer {
  const block = Buffer.alloc(BLOCK);
  const { prefix, name } = splitName(path);
  const put = (text: string, offset: number) => block.write(text, offset, 'utf8');
  put(name, 0);
  put(octal(0o644, 8), 100);
  put(octal(0, 8), 108);
  put(octal(0, 8), 116);
  put(octal(size, 12), 124);
  put(octal(0, 12), 136);
  put('        ', 148); // the checksum counts its own field as spaces
  put('0', 156);
  put('ustar\0', 257);
  put('00', 263);
  put(prefix, 345);
  let sum = 0;
  for (const byte of block) sum += byte;
  put(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  return block;
}

/** The files as one ustar archive, uncompressed. */
function tar(files: Array<[path: string, content: string | Buffer]>): Buffer {
  const parts: Buffer[] = [];
  for (const [path, content] of files) {
    const data = Buffer.from(content);
    parts.push(header(path, data.length), data, Buffer.alloc((BLOCK - (data.length % BLOCK)) % BLOCK));
  }
  parts.push(Buffer.alloc(BLOCK * 2));
  return Buffer.concat(parts);
}

/** The gzip levels in use: the level is part of an archive's bytes (see tarGz). */
export type GzipLevel = 6 | 9;

/**
 * The files as one gzipped ustar archive. The level is part of the bytes: the
 * archives of cut releases use 9 and must keep it; the derived sets use 6 (a
 * fourth of the time, 3% larger), a choice as frozen as their lock.
 */
export function tarGz(files: Array<[path: string, content: string | Buffer]>, level: GzipLevel = 9): Buffer {
  return gzipSync(tar(files), { level });
}

const gzipAsync = promisify(gzip);

/**
 * The same bytes as tarGz, compressed on libuv's thread pool: the derived sets'
 * 86 archives are compressed on the other core while the generator goes on.
 */
export function tarGzAsync(files: Array<[path: string, content: string | Buffer]>, level: GzipLevel = 9): Promise<Buffer> {
  return gzipAsync(tar(files), { level });
}
