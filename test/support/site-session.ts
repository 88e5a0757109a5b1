/**
 * The built site served on 127.0.0.1 and one Chromium page on it, for the
 * `describe` block that calls it: started before its tests, closed after.
 */
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, watchErrors } from './browser';
import { BUILD_DIR, serveBuild } from './server';

export interface SiteSession {
  /** The page; valid once the tests run. */
  readonly page: Page;
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  /** Console errors and page errors since the last visit. */
  readonly errors: string[];
  /** Opens a path of the site, expecting a 200. */
  visit(path: string): Promise<void>;
  /** Fetches a path from inside the page: status and body. */
  fetchText(path: string): Promise<{ status: number; body: string }>;
}

/** The built site served, and Chromium launched, for the `describe` block that calls it. */
export function servedBuild(): { readonly browser: Browser; readonly url: string } {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveBuild>> | undefined;
  before(async () => {
    assert.ok(fs.existsSync(BUILD_DIR), 'build/ is missing: run `npm run build` first');
    server = await serveBuild();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      return browser!;
    },
    get url() {
      return server!.url;
    },
  };
}

export function siteSession(): SiteSession {
  const served = servedBuild();
  let page: Page | undefined;
  let errors: string[] = [];

  before(async () => {
    page = await served.browser.newPage({ viewport: { width: 1280, height: 800 } });
    errors = watchErrors(page);
  });

  return {
    get page() {
      return page!;
    },
    get url() {
      return served.url;
    },
    get errors() {
      return errors;
    },
    async visit(path) {
      errors.length = 0;
      await page!.goto('about:blank');
      const response = await page!.goto(served.url + path, { waitUntil: 'networkidle' });
      assert.equal(response?.status(), 200, `${path} answered ${response?.status()}`);
    },
    fetchText(path) {
      return page!.evaluate(async (url) => {
        const response = await fetch(url);
        return { status: response.status, body: await response.text() };
      }, path);
    },
  };
}
