/**
 * What a reader's first search costs: on a page just loaded, type a query in
 * the navbar's search box and count what the browser fetches from the search
 * bundle (Pagefind's script, worker, wasm, index chunks and the fragments of
 * the results shown) until the results are on screen. Sizes are the bytes on
 * the wire (the index files are compressed by Pagefind itself). Used by the
 * benchmark and by the end-to-end budget test.
 */
import type { Page, Request } from 'playwright-core';
import { SEARCH_BOX_LABEL, SEARCH_BUNDLE_DIR } from '../../src/plugins/search/contract';

export interface FirstSearch {
  /** Search-bundle files fetched, in order, with their size on the wire. */
  files: Array<{ path: string; bytes: number }>;
  total: number;
  /** Result links shown. */
  results: number;
}

/** Types `term` in the search box and waits for the results' status line. */
export async function typeSearch(page: Page, term: string): Promise<void> {
  await page.getByRole('searchbox', { name: SEARCH_BOX_LABEL }).fill(term);
  await page
    .getByRole('status')
    .filter({ hasText: `for “${term}”` })
    .waitFor({ timeout: 30_000 });
}

/**
 * Measures the first search on the page open in `page` (the caller makes sure
 * the bundle has not loaded yet). Pagefind fetches from a worker: network
 * events see those requests, performance entries do not.
 */
export async function measureFirstSearch(page: Page, term: string): Promise<FirstSearch> {
  const fetched: Array<Promise<{ path: string; bytes: number }>> = [];
  const onRequest = (request: Request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith(`/${SEARCH_BUNDLE_DIR}/`)) fetched.push(request.sizes().then((s) => ({ path, bytes: s.responseBodySize })));
  };
  page.on('requestfinished', onRequest);
  try {
    await typeSearch(page, term);
    const files = await Promise.all(fetched);
    return {
      files,
      total: files.reduce((sum, f) => sum + f.bytes, 0),
      results: await page.locator('[role="search"] a').count(),
    };
  } finally {
    page.off('requestfinished', onRequest);
  }
}
