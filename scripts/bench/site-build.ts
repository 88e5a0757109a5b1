/**
 * The site build (generate + docusaurus build) against a plain Docusaurus
 * site with the same number of HTML pages, built in the same run. Both start
 * cold: a fresh directory with an empty build cache of its own.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSize } from '../lib/page-weight';
import { measure, sequence, type Measured } from './measure';
import { writePlainSite } from './plain-site';
import { writeSyntheticEvents } from './synthetic-events';
import { copySite, countHtmlPages, DOCUSAURUS_CLI } from './temp-dirs';

export interface SearchIndexSize {
  /** The folder of the index files: `/` for the latest release, `/docs/next` for Next's docs. */
  dir: string;
  files: number;
  raw: number;
  gzip: number;
}

export interface BuildResult {
  events: number;
  pages: number;
  ours: Measured;
  plain: Measured;
  searchIndexes: SearchIndexSize[];
  /** The built sites, for the page-weight measures; the caller removes them. */
  ourDir: string;
  plainDir: string;
}

/**
 * The local search plugin's index files (`search-index*.json`), one set per
 * docs version: the latest release's at the root, Next's under its path. A
 * page's first search downloads the set of its own version.
 */
export function searchIndexSizes(buildDir: string): SearchIndexSize[] {
  const files = fs
    .readdirSync(buildDir, { recursive: true })
    .map(String)
    .filter((f) => /(^|\/)search-index[^/]*\.json$/.test(f))
    .sort();
  const byVersion = new Map<string, Buffer[]>();
  for (const file of files) {
    const dir = `/${path.dirname(file) === '.' ? '' : path.dirname(file)}`;
    byVersion.set(dir, [...(byVersion.get(dir) ?? []), fs.readFileSync(path.join(buildDir, file))]);
  }
  return [...byVersion].map(([dir, contents]) => ({
    dir,
    files: contents.length,
    raw: contents.reduce((sum, c) => sum + c.length, 0),
    gzip: contents.reduce((sum, c) => sum + gzipSize(c), 0),
  }));
}

/** Removes the build cache and generated files first, as `docusaurus clear` would, though a fresh copy has none. */
async function buildCold(dir: string): Promise<Measured> {
  fs.rmSync(path.join(dir, 'node_modules', '.cache'), { recursive: true, force: true });
  fs.rmSync(path.join(dir, '.docusaurus'), { recursive: true, force: true });
  return measure(process.execPath, [DOCUSAURUS_CLI, 'build'], { cwd: dir });
}

export async function benchSiteBuild(syntheticEvents: number, realEvents: number): Promise<BuildResult> {
  const ourDir = copySite('site');
  if (syntheticEvents) writeSyntheticEvents(ourDir, syntheticEvents);
  const generate = await measure(process.execPath, ['--import', 'tsx', 'scripts/generate.ts'], { cwd: ourDir });
  const ours = sequence(generate, await buildCold(ourDir));
  const pages = countHtmlPages(path.join(ourDir, 'build'));
  // The plain site adds a home page and a 404 page to its docs pages.
  const plainDir = writePlainSite(pages - 2);
  const plain = await buildCold(plainDir);
  const plainPages = countHtmlPages(path.join(plainDir, 'build'));
  if (plainPages !== pages) throw new Error(`the plain site has ${plainPages} HTML pages, ours ${pages}`);
  return {
    events: realEvents + syntheticEvents,
    pages,
    ours,
    plain,
    searchIndexes: searchIndexSizes(path.join(ourDir, 'build')),
    ourDir,
    plainDir,
  };
}
