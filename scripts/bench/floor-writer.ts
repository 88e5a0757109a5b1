/**
 * The generator's floor: write the same files with nothing but JSON.stringify
 * and fs. Reads a bundle (path → parsed JSON, text for MDX, base64 for the
 * archives, which the floor copies rather than compresses) and writes
 * every file below the output directory.
 *   node --import tsx scripts/bench/floor-writer.ts <bundle.json> <out dir>
 */
import fs from 'node:fs';
import path from 'node:path';

const [bundleFile, outDir] = process.argv.slice(2);
export type FloorBundle = Record<string, { json: unknown } | { text: string } | { base64: string }>;

function bytesOf(content: FloorBundle[string]): string | Buffer {
  if ('json' in content) return `${JSON.stringify(content.json, null, 2)}\n`;
  return 'text' in content ? content.text : Buffer.from(content.base64, 'base64');
}

const bundle = JSON.parse(fs.readFileSync(bundleFile, 'utf8')) as FloorBundle;
for (const [file, content] of Object.entries(bundle)) {
  const target = path.join(outDir, file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, bytesOf(content));
}
