/**
 * The generated files as a map from path to content, and the two ways to use
 * it: write (all files switched as one, removing files the sources no longer
 * produce) or check (list every file that differs from what is on disk).
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseJson } from '../../src/json-file';
import { CommandError } from './cli';
import { listFiles } from './files';
import { switchOutputs } from './output-switch';
import { NAMED_RELEASES } from '../../src/events/releases';
import { RELEASE_SETS_DIR } from './release-sets';
import { isFrozenSchemaFile, namedDocsDir } from './releases';

/** Path (relative to the root) → content: text, or bytes for archives. */
export type Outputs = Map<string, string | Buffer>;

/** Stable JSON text of a generated file: two-space indent and a final newline. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * Folders the generator owns: every file in them is generated, except the
 * frozen schemas of releases (`static/schemas/<release>/`), which only
 * `npm run release` writes, once.
 */
export const GENERATED_DIRS = [
  'static/schemas',
  'static/changelog',
  'static/releases',
  'docs/events',
  'adr/_generated',
  RELEASE_SETS_DIR,
  // The docs versions of the named Open edX releases, and every version's sidebar.
  ...NAMED_RELEASES.flatMap((n) => (n.release ? [namedDocsDir(n.release)] : [])),
  'versioned_sidebars',
] as const;

/** A file of the derived release sets: written, never committed (a lock of hashes freezes them). */
function isUncommitted(file: string): boolean {
  return file.startsWith(`${RELEASE_SETS_DIR}/`);
}

/**
 * Files that are missing, differ, or should no longer exist; with
 * `committedOnly`, the committed ones only (what `generate --check` compares).
 */
export function staleFiles(root: string, outputs: Outputs, { committedOnly = false } = {}): string[] {
  const stale: string[] = [];
  for (const [file, content] of outputs) {
    if (committedOnly && isUncommitted(file)) continue;
    const abs = path.join(root, file);
    if (!fs.existsSync(abs) || !fs.readFileSync(abs).equals(Buffer.from(content))) stale.push(file);
  }
  for (const dir of committedOnly ? GENERATED_DIRS.filter((d) => !isUncommitted(`${d}/`)) : GENERATED_DIRS) {
    for (const file of listFiles(root, dir)) if (!outputs.has(file) && !isFrozenSchemaFile(file)) stale.push(file);
  }
  return stale.sort();
}

/**
 * The list of every file the last run wrote, itself generated: a file in a
 * generated folder that neither this run nor the last one wrote was put
 * there by hand, and is refused (named) rather than deleted.
 */
export const OUTPUTS_LEDGER = 'adr/_generated/generated-files.json';

/** The outputs with the ledger that lists them (itself included). */
export function withLedger(outputs: Outputs): Outputs {
  const committed = [...outputs.keys()].filter((file) => !isUncommitted(file));
  return new Map([...outputs, [OUTPUTS_LEDGER, jsonText([...committed, OUTPUTS_LEDGER].sort())]]);
}

function ledgerOnDisk(root: string): Set<string> {
  const file = path.join(root, OUTPUTS_LEDGER);
  if (!fs.existsSync(file)) return new Set();
  return new Set(parseJson(OUTPUTS_LEDGER, fs.readFileSync(file, 'utf8'), z.array(z.string())));
}

/**
 * The second line of defence behind the name checks (scripts/lib/names.ts):
 * a file is written or removed only inside a generated folder, resolved,
 * never through a symbolic link, and never in a frozen release.
 */
export function assertConfined(root: string, file: string, checkedDirs = new Set<string>()): void {
  const abs = path.resolve(root, file);
  const dir = GENERATED_DIRS.map((d) => path.resolve(root, d)).find((d) => abs.startsWith(`${d}${path.sep}`));
  const refuse = (why: string) => {
    throw new CommandError(`${JSON.stringify(file)}: refused to write ${why}`);
  };
  if (!dir) refuse(`outside the generated folders (${GENERATED_DIRS.join(', ')})`);
  if (isFrozenSchemaFile(path.relative(root, abs).split(path.sep).join('/'))) refuse('into a frozen release');
  // Folders already found free of links (for an earlier file of the same run) are not looked at again.
  for (let at = path.dirname(abs); (at === dir || at.startsWith(`${dir}${path.sep}`)) && !checkedDirs.has(at); at = path.dirname(at)) {
    if (fs.existsSync(at) && fs.lstatSync(at).isSymbolicLink()) refuse(`through the symbolic link ${path.relative(root, at)}`);
    checkedDirs.add(at);
  }
}

/**
 * Brings the generated folders to `outputs`, all files switched as one
 * (scripts/lib/output-switch.ts): call it under withOutputLock. Refuses, with
 * nothing written, a target outside the generated folders and a file in them
 * that no run of the generator wrote.
 */
export function writeOutputs(root: string, outputs: Outputs): { written: string[]; removed: string[] } {
  const stale = staleFiles(root, outputs);
  const toWrite = stale.filter((file) => outputs.has(file));
  const toRemove = stale.filter((file) => !outputs.has(file));
  const ledger = ledgerOnDisk(root);
  // The derived sets' folder is the generator's alone (ignored by git): whatever else is there goes.
  const handWritten = toRemove.filter((file) => !ledger.has(file) && !isUncommitted(file));
  if (handWritten.length) {
    throw new CommandError(
      `${handWritten.length} file(s) in the generated folders were not written by the generator; move them out (nothing was written or deleted):\n${handWritten.map((f) => `  ${f}`).join('\n')}`,
    );
  }
  const checkedDirs = new Set<string>();
  for (const file of stale) assertConfined(root, file, checkedDirs);
  switchOutputs(
    root,
    toWrite.map((file) => [file, outputs.get(file)!]),
    toRemove,
  );
  return { written: toWrite, removed: toRemove };
}
