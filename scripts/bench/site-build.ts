/**
 * The site build (generate + docusaurus build) against a plain Docusaurus
 * site with the same number of HTML pages, built in the same run. Both start
 * cold: a fresh directory with an empty build cache of its own.
 */
import fs from 'node:fs';
import path from 'node:path';
import { measure, sequence, type Measured } from './measure';
import { benchSearch, type SearchCost } from './search';
import { writePlainSite } from './plain-site';
import { writeSyntheticEvents } from './synthetic-events';
import { copySite, countHtmlPages, DOCUSAURUS_CLI } from './temp-dirs';

export interface BuildResult {
  events: number;
  pages: number;
  ours: Measured;
  plain: Measured;
  search: SearchCost;
  /** The built sites, for the page-weight measures; the caller removes them. */
  ourDir: string;
  plainDir: string;
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
    search: await benchSearch(path.join(ourDir, 'build')),
    ourDir,
    plainDir,
  };
}
