/**
 * The cost of search in a built site: the Pagefind bundle on disk, and what a
 * reader's first search downloads, in Chromium, for a word found on nearly
 * every page and for an event's name. Searched from Next's event page, since
 * the benchmark's synthetic events are unreleased.
 */
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../measure/chromium';
import { measureFirstSearch, type FirstSearch } from '../measure/first-search';
import { serveStatic } from '../measure/static-server';
import { indexedPages } from '../../src/plugins/search/build-index';
import { SEARCH_BUNDLE_DIR } from '../../src/plugins/search/contract';
import { eventPagePath, NEXT, withVersion } from '../../src/site';

export const SEARCH_PAGE = withVersion(eventPagePath('COURSE_CATALOG_INFO_CHANGED'), NEXT);
const SEARCH_TERMS = ['course', 'COURSE_CATALOG_INFO_CHANGED'];

export interface SearchCost {
  /** Pages in the index (every version). */
  indexedPages: number;
  bundleFiles: number;
  bundleBytes: number;
  firstSearches: Array<{ term: string } & FirstSearch>;
}

export async function benchSearch(buildDir: string): Promise<SearchCost> {
  const bundleDir = path.join(buildDir, SEARCH_BUNDLE_DIR);
  const files = fs
    .readdirSync(bundleDir, { recursive: true })
    .map((f) => path.join(bundleDir, String(f)))
    .filter((f) => fs.statSync(f).isFile());
  const server = await serveStatic(buildDir);
  const browser = await launchChromium();
  try {
    const firstSearches = [];
    for (const term of SEARCH_TERMS) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      try {
        const page = await context.newPage();
        await page.goto(server.url + SEARCH_PAGE, { waitUntil: 'networkidle' });
        firstSearches.push({ term, ...(await measureFirstSearch(page, term)) });
      } finally {
        await context.close();
      }
    }
    return {
      indexedPages: indexedPages(bundleDir),
      bundleFiles: files.length,
      bundleBytes: files.reduce((sum, f) => sum + fs.statSync(f).size, 0),
      firstSearches,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
