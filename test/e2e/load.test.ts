/**
 * What pages run as they load, in Chromium against the built site: the
 * example payload highlighted without Prism, Prism kept out of the main
 * bundle, and links still prefetched once the page is idle. Lighthouse and the
 * benchmark measure the time this saves; these tests keep the behaviour.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import courseCatalogInfoChanged from '../../src/events/content_authoring/course-catalog-info-changed.event';
import { eventPagePath } from '../../src/site';
import { PAGE_KINDS } from '../../scripts/measure/page-kinds';
import { servedBuild, siteSession } from '../support/site-session';

const EVENT_PAGE = eventPagePath('COURSE_CATALOG_INFO_CHANGED');
/** A language name only Prism's bundle carries. */
const PRISM_MARKER = /\bactionscript\b/;

describe('what pages run as they load', () => {
  const site = siteSession();
  let page: Page;
  before(() => {
    page = site.page;
  });

  it('highlights the example payload without a code block, in the HTML, and copies it', async () => {
    const scripts: string[] = [];
    const onRequest = (request: { resourceType(): string; url(): string }) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    };
    page.on('request', onRequest);
    await site.visit(EVENT_PAGE);
    page.off('request', onRequest);
    const block = page.locator('#example ~ .static-code');
    assert.equal(await block.count(), 1);
    const code = await block.locator('pre').innerText();
    assert.deepEqual(JSON.parse(code), courseCatalogInfoChanged.examples[0]);
    assert.equal(await block.locator('.token.property').count(), 11);
    const color = (selector: string) =>
      block
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).color);
    assert.notEqual(await color('.token.string'), await color('pre'), 'strings are not coloured');
    assert.equal(await page.locator('main .theme-code-block').count(), 0);

    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    await block.hover();
    await block.getByRole('button', { name: 'Copy the JSON' }).click();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code);

    const noScript = await (await page.context().browser()!.newContext({ javaScriptEnabled: false })).newPage();
    await noScript.goto(site.url + EVENT_PAGE);
    assert.equal(await noScript.locator('#example ~ .static-code .token.property').count(), 11);
    await noScript.context().close();
    assert.deepEqual(site.errors, []);

    const main = scripts.find((url) => /\/main\.[0-9a-f]+\.js$/.test(url));
    assert.ok(main, `no main bundle among ${scripts.join(', ')}`);
    const body = await page.evaluate(async (url) => (await fetch(url)).text(), main);
    assert.doesNotMatch(body, PRISM_MARKER, 'Prism is in the main bundle');
  });

  it('still prefetches the chunks of the links in view, once the page is idle', async () => {
    await site.visit(EVENT_PAGE);
    await page.waitForFunction(() => document.querySelectorAll('link[rel="prefetch"]').length > 0, undefined, { timeout: 10_000 });
    const hrefs = await page.locator('link[rel="prefetch"]').evaluateAll((links) => links.map((l) => l.getAttribute('href')));
    assert.ok(
      hrefs.every((href) => href && /\/assets\/js\/[\w~.-]+\.js$/.test(href)),
      hrefs.join(', '),
    );
    assert.deepEqual(site.errors, []);
  });
});

/** Google's line for a good cumulative layout shift. */
const GOOD_LAYOUT_SHIFT = 0.1;

describe('layout shift while pages load', () => {
  const site = servedBuild();

  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ]) {
    for (const { kind, path } of PAGE_KINDS) {
      it(`the ${kind} page moves nothing on screen as it loads, at ${viewport.width} px`, async () => {
        const context = await site.browser.newContext({ viewport });
        try {
          const page = await context.newPage();
          await page.addInitScript(() => {
            const shifts: number[] = [];
            (window as unknown as { layoutShifts: number[] }).layoutShifts = shifts;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
                if (!entry.hadRecentInput) shifts.push(entry.value);
              }
            }).observe({ type: 'layout-shift', buffered: true });
          });
          await page.goto(site.url + path, { waitUntil: 'networkidle' });
          await page.waitForTimeout(500);
          const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts);
          const total = shifts.reduce((sum, value) => sum + value, 0);
          assert.ok(
            total < GOOD_LAYOUT_SHIFT,
            `${path}: layout shifts ${shifts.map((v) => v.toFixed(3)).join(' + ')} = ${total.toFixed(3)}`,
          );
        } finally {
          await context.close();
        }
      });
    }
  }
});
