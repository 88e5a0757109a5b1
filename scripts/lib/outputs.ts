/**
 * The generated files as a map from path to content, and the two ways to use
 * it: write (atomically, removing files the sources no longer produce) or
 * check (list every file that differs from what is on disk).
 */
import fs from 'node:fs';
import path from 'node:path';
import { listFiles } from './files';
import { isFrozenSchemaFile } from './releases';

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
export const GENERATED_DIRS = ['static/schemas', 'static/changelog', 'docs/events', 'adr/_generated'] as const;

/** Files that are missing, differ, or should no longer exist. */
export function staleFiles(root: string, outputs: Outputs): string[] {
  const stale: string[] = [];
  for (const [file, content] of outputs) {
    const abs = path.join(root, file);
    if (!fs.existsSync(abs) || !fs.readFileSync(abs).equals(Buffer.from(content))) stale.push(file);
  }
  for (const dir of GENERATED_DIRS) {
    for (const file of listFiles(root, dir)) if (!outputs.has(file) && !isFrozenSchemaFile(file)) stale.push(file);
  }
  return stale.sort();
}

/**
 * Writes every output to a temporary file beside its target, then renames
 * them into place: a failure before the renames leaves the old output whole.
 */
export function writeOutputs(root: string, outputs: Outputs): { written: string[]; removed: string[] } {
  const stale = new Set(staleFiles(root, outputs));
  const toWrite = [...outputs].filter(([file]) => stale.has(file));
  const toRemove = [...stale].filter((file) => !outputs.has(file));
  const temps: Array<[string, string]> = [];
  try {
    for (const [file, content] of toWrite) {
      const abs = path.join(root, file);
      fs.mkdirSync(path.dirname(abs), { recursive: true });
      const temp = `${abs}.${process.pid}.tmp`;
      fs.writeFileSync(temp, content);
      temps.push([temp, abs]);
    }
  } catch (error) {
    for (const [temp] of temps) fs.rmSync(temp, { force: true });
    throw error;
  }
  for (const [temp, abs] of temps) fs.renameSync(temp, abs);
  for (const file of toRemove) fs.rmSync(path.join(root, file));
  return { written: toWrite.map(([file]) => file), removed: toRemove };
}
