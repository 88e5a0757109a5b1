/**
 * npm run bench                          everything (several minutes)
 * npm run bench -- --only generator      one part: generator, build or weights (comma-separated for several)
 * npm run bench -- --skip-10k            leave out the 10,000-event generator run
 * npm run bench -- --real-only           the real catalog only: no synthetic events in the generator or build runs
 *
 * Prints one Markdown table: the generator against its floor (JSON.stringify
 * and fs writing the same files), the site build against a plain Docusaurus
 * site with as many pages, built in the same run, what each page kind loads
 * beside a plain docs page, and what the first search downloads. A script,
 * not a test: it measures, and says which goals are met; it fails only if a
 * measurement cannot be made. Temporary sites go to the OS temp directory and
 * are removed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { listFiles } from './lib/files';
import { EVENTS_DIR } from './lib/event-source';
import { benchGenerator } from './bench/generator';
import { benchSiteBuild, type BuildResult } from './bench/site-build';
import { benchSearch, SEARCH_PAGE, type SearchCost } from './bench/search';
import { benchWeights } from './bench/weights';
import { writePlainSite } from './bench/plain-site';
import { measure } from './bench/measure';
import { countHtmlPages, DOCUSAURUS_CLI, removeDir, ROOT } from './bench/temp-dirs';
import { kilobytes, machine, markdownTable, mebibytes, ratio, seconds, verdict, type Row } from './bench/table';

const PARTS = ['generator', 'build', 'weights'] as const;
type Part = (typeof PARTS)[number];

function options() {
  const args = process.argv.slice(2);
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1]?.split(',') : [...PARTS];
  const unknown = (only ?? []).filter((p) => !PARTS.includes(p as Part));
  if (!only?.length || unknown.length) {
    console.error(`--only takes ${PARTS.join(', ')} (comma-separated); got ${JSON.stringify(only)}`);
    process.exit(2);
  }
  return { parts: new Set(only as Part[]), skip10k: args.includes('--skip-10k'), realOnly: args.includes('--real-only') };
}

const log = (message: string) => console.error(`[bench] ${message}`);

/** What the first search downloads, per query, beside the whole index on disk. */
function searchRows(events: number, cost: SearchCost): Row[] {
  return cost.firstSearches.map((search) => [
    'first search (on the wire)',
    `${events.toLocaleString('en')} events: “${search.term}” on \`${SEARCH_PAGE}\``,
    `${kilobytes(search.total)} in ${search.files.length} files, ${search.results} result links`,
    `whole index: ${kilobytes(cost.bundleBytes)} in ${cost.bundleFiles.toLocaleString('en')} files, ${cost.indexedPages.toLocaleString('en')} pages`,
    `${((100 * search.total) / cost.bundleBytes).toFixed(1)}% of the index`,
    'measured; nothing loads before the search box is used',
  ]);
}

async function main(): Promise<void> {
  const { parts, skip10k, realOnly } = options();
  const realEvents = listFiles(ROOT, EVENTS_DIR, '.event.ts').length;
  const rows: Row[] = [];
  const temps: string[] = [];
  try {
    if (parts.has('generator')) {
      for (const synthetic of realOnly ? [0] : skip10k ? [0, 1000] : [0, 1000, 10_000]) {
        log(`generator, ${synthetic ? `${synthetic} synthetic events` : 'real catalog'}...`);
        const r = await benchGenerator(synthetic, realEvents);
        const figure = r.generator.wallMs / r.floor.wallMs;
        rows.push([
          'generator',
          `${synthetic ? `real + ${synthetic.toLocaleString('en')} synthetic` : 'real catalog'}: ${r.events.toLocaleString('en')} events, ${r.files.toLocaleString('en')} files`,
          `median ${seconds(r.generator.wallMs)}, ${mebibytes(r.generator.peakRssBytes)} (runs: ${r.generatorRunsMs.map(seconds).join(', ')}; first run in a fresh copy, compiling the TypeScript: ${seconds(r.cold.wallMs)})`,
          `floor: median ${seconds(r.floor.wallMs)}, ${mebibytes(r.floor.peakRssBytes)} (runs: ${r.floorRunsMs.map(seconds).join(', ')})`,
          `${ratio(r.generator.wallMs, r.floor.wallMs)} time, ${ratio(r.generator.peakRssBytes, r.floor.peakRssBytes)} memory`,
          verdict(figure <= 3, 'time ≤ 3x the floor'),
        ]);
      }
    }

    let realBuild: BuildResult | undefined;
    const searchCosts: Row[] = [];
    if (parts.has('build')) {
      for (const synthetic of realOnly ? [0] : [0, 1000]) {
        log(`site build, ${synthetic ? `${synthetic} synthetic events` : 'real site'}, and a plain site with as many pages...`);
        const r = await benchSiteBuild(synthetic, realEvents);
        temps.push(r.ourDir, r.plainDir);
        if (!synthetic) realBuild = r;
        const figure = r.ours.wallMs / r.plain.wallMs;
        const memoryGoal = synthetic ? `; ${verdict(r.ours.peakRssBytes <= 4 * 1024 ** 3, 'fits in 4 GB')}` : '';
        rows.push([
          'site build (generate + build, cold)',
          `${synthetic ? `real + ${synthetic.toLocaleString('en')} synthetic` : 'real site'}: ${r.events.toLocaleString('en')} events, ${r.pages.toLocaleString('en')} pages`,
          `${seconds(r.ours.wallMs)}, ${mebibytes(r.ours.peakRssBytes)}`,
          `plain ${seconds(r.plain.wallMs)}, ${mebibytes(r.plain.peakRssBytes)}`,
          `${ratio(r.ours.wallMs, r.plain.wallMs)} time, ${ratio(r.ours.peakRssBytes, r.plain.peakRssBytes)} memory`,
          verdict(figure <= 1.2, 'time ≤ 1.2x plain') + memoryGoal,
        ]);
        searchCosts.push(...searchRows(r.events, r.search));
      }
    }

    if (parts.has('weights')) {
      let ourBuild: string;
      let plainBuild: string;
      if (realBuild) {
        ourBuild = path.join(realBuild.ourDir, 'build');
        plainBuild = path.join(realBuild.plainDir, 'build');
      } else {
        ourBuild = path.join(ROOT, 'build');
        if (!fs.existsSync(ourBuild)) throw new Error('build/ is missing: run `npm run build` first, or the bench with its build part');
        log('building a plain site with as many pages as build/...');
        const plainDir = writePlainSite(countHtmlPages(ourBuild) - 2);
        temps.push(plainDir);
        await measure(process.execPath, [DOCUSAURUS_CLI, 'build'], { cwd: plainDir });
        plainBuild = path.join(plainDir, 'build');
        searchCosts.push(...searchRows(realEvents, await benchSearch(ourBuild)));
      }
      log('page weights in Chromium...');
      const w = await benchWeights(ourBuild, plainBuild);
      const plain = w.plainDocs;
      for (const { kind, path: pagePath, weight } of w.pages) {
        const extraJs = weight.js - plain.js;
        const goal = kind === 'event' || kind === 'adr' ? verdict(extraJs <= 15_000, 'JS ≤ plain + 15 kB') : 'budget only';
        rows.push([
          'page weight (gzipped)',
          `${kind} page \`${pagePath}\``,
          `HTML ${kilobytes(weight.html)}, JS ${kilobytes(weight.js)}, CSS ${kilobytes(weight.css)}`,
          `plain docs page: HTML ${kilobytes(plain.html)}, JS ${kilobytes(plain.js)}, CSS ${kilobytes(plain.css)}`,
          `JS ${extraJs >= 0 ? '+' : ''}${kilobytes(extraJs)}`,
          goal,
        ]);
      }
      rows.push([
        'Mermaid',
        'plain docs page with one flowchart (as event pages had)',
        `JS ${kilobytes(w.plainDiagram.js)}`,
        `same page without it: JS ${kilobytes(plain.js)}`,
        `JS +${kilobytes(w.plainDiagram.js - plain.js)}`,
        'event pages now draw the flow at build time (0 kB)',
      ]);
    }
    rows.push(...searchCosts);
  } finally {
    for (const dir of temps) removeDir(dir);
  }
  console.log(`Machine: ${machine()}\n`);
  console.log(markdownTable(rows));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
