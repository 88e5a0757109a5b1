/**
 * Throw-away sites for the benchmark, under os.tmpdir(). Each gets its own
 * node_modules directory whose entries are symlinks to this checkout's
 * packages, except `.cache`: a build there starts with an empty cache and never
 * reads or writes the cache of this checkout (or of anyone else's tree).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { copySiteSources } from '../measure/site-sources';

export const ROOT = path.resolve(__dirname, '..', '..');

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `bench-${prefix}-`));
}

export function linkNodeModules(dir: string): void {
  const target = path.join(dir, 'node_modules');
  fs.mkdirSync(target);
  for (const entry of fs.readdirSync(path.join(ROOT, 'node_modules'))) {
    if (entry === '.cache') continue;
    fs.symlinkSync(path.join(ROOT, 'node_modules', entry), path.join(target, entry));
  }
}

/** A copy of this site's sources, with its own node_modules (and so its own, empty, build cache). */
export function copySite(prefix: string): string {
  const dir = tempDir(prefix);
  copySiteSources(ROOT, dir);
  linkNodeModules(dir);
  return dir;
}

export function removeDir(dir: string): void {
  if (path.resolve(dir).startsWith(path.resolve(os.tmpdir()) + path.sep)) fs.rmSync(dir, { recursive: true, force: true });
}

export const DOCUSAURUS_CLI = path.join(ROOT, 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs');

/** Every `.html` file below `dir`. */
export function countHtmlPages(dir: string): number {
  return fs.readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
}
