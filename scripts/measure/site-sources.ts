/**
 * What a copy of the site needs to generate, release and build: the sources,
 * the config, and Docusaurus's frozen releases. Temporary copies (tests, the
 * benchmark) take this list, so a new top-level source is added once.
 */
import fs from 'node:fs';
import path from 'node:path';

const SITE_SOURCES = [
  'src',
  'scripts',
  'adr',
  'docs',
  'static',
  'package.json',
  'tsconfig.json',
  'docusaurus.config.ts',
  'sidebars.ts',
  'sidebarsAdr.ts',
  'versions.json',
  'adr_versions.json',
  'versioned_docs',
  'versioned_sidebars',
  'adr_versioned_docs',
  'adr_versioned_sidebars',
] as const;

/** Copies the site's sources from `root` into `dir` (what exists of them: a site before its first release has no versions). */
export function copySiteSources(root: string, dir: string): void {
  for (const entry of SITE_SOURCES) {
    if (fs.existsSync(path.join(root, entry))) fs.cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
  }
}
