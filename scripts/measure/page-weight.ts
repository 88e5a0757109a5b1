/**
 * What a page makes the browser download on a first visit: its HTML, and the
 * JavaScript and CSS it loads, both from its tags and at runtime (route
 * chunks, lazily imported modules), as Chromium requests them. Each resource
 * is counted at its gzipped size (zlib, default level), whatever the server
 * sends, so the numbers depend on the build only.
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface PageWeight {
  /** Gzipped bytes. */
  html: number;
  js: number;
  css: number;
  /** The JS and CSS files, same-origin paths, with their gzipped size. */
  files: Array<{ path: string; type: 'js' | 'css'; gzip: number }>;
}

function gzipSize(content: Buffer | string): number {
  return gzipSync(content).length;
}

/**
 * Loads `origin + path` in a fresh context (empty cache) and waits until the
 * network is idle. With `scroll`, it then scrolls to the bottom, so that what
 * loads when content comes into view is counted too.
 */
export async function measurePageWeight(
  browser: Browser,
  origin: string,
  path: string,
  { scroll = false, viewport = { width: 1280, height: 800 } } = {},
): Promise<PageWeight> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const pending: Array<Promise<void>> = [];
  const weight: PageWeight = { html: 0, js: 0, css: 0, files: [] };
  const seen = new Set<string>();
  page.on('response', (response) => {
    const type = response.request().resourceType();
    const url = new URL(response.url());
    if (url.origin !== origin || seen.has(url.pathname)) return;
    if (type !== 'script' && type !== 'stylesheet' && type !== 'document') return;
    seen.add(url.pathname);
    pending.push(
      response.body().then((body) => {
        const size = gzipSize(body);
        if (type === 'document') {
          if (url.pathname === path) weight.html = size;
          return;
        }
        const kind = type === 'script' ? 'js' : 'css';
        weight[kind] += size;
        weight.files.push({ path: url.pathname, type: kind, gzip: size });
      }),
    );
  });
  try {
    const response = await page.goto(origin + path, { waitUntil: 'networkidle' });
    if (response?.status() !== 200) throw new Error(`${path} answered ${response?.status()}`);
    // On a busy machine the network can be idle before React has even asked for the route's chunks:
    // wait for Docusaurus to mark the page hydrated, then for the network to settle again.
    await page.waitForSelector('html[data-has-hydrated="true"]', { timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    if (scroll) {
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
          window.scrollTo(0, y);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      });
      await page.waitForLoadState('networkidle');
    }
    await Promise.all(pending);
  } finally {
    await context.close();
  }
  weight.files.sort((a, b) => b.gzip - a.gzip);
  return weight;
}
