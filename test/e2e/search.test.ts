/**
 * Site search in Chromium against the built site: the Pagefind index written
 * at build, queried from the navbar's search box.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page, Request } from 'playwright-core';
import { SEARCH_BOX_LABEL, SEARCH_BUNDLE_DIR } from '../../src/plugins/search/contract';
import { adrShortPath, eventPagePath, NEXT, withVersion } from '../../src/site';
import { measureFirstSearch, typeSearch } from '../../scripts/measure/first-search';
import { siteSession } from '../support/site-session';

const EVENT_PAGE = eventPagePath('COURSE_CATALOG_INFO_CHANGED');
const EVENT_TYPE = 'org.openedx.content_authoring.course.catalog_info.changed.v1';
/** The most that the first search may download from the search bundle (script, wasm, index and result fragments), compressed. */
const FIRST_SEARCH_BUDGET = 200_000;

describe('search in Chromium', () => {
  const site = siteSession();
  let page: Page;
  before(() => {
    page = site.page;
  });

  const box = () => page.getByRole('searchbox', { name: SEARCH_BOX_LABEL });
  const results = () => page.locator(`[role="search"] a`);
  const panel = () => page.locator('[role="search"] > div');

  /** Types a query and waits for its results; returns the result links' paths and texts. */
  async function search(term: string): Promise<Array<{ path: string; text: string }>> {
    await typeSearch(page, term);
    return results().evaluateAll((links) =>
      links.map((a) => {
        const url = new URL((a as HTMLAnchorElement).href);
        return { path: url.pathname + url.hash, text: (a as HTMLElement).innerText };
      }),
    );
  }

  it('finds an event by its signal name, then the ADR that designed it, and opens the event from the results', async () => {
    await site.visit('/');
    const hits = await search('COURSE_CATALOG_INFO_CHANGED');
    assert.equal(hits[0]?.path, EVENT_PAGE, `first result: ${JSON.stringify(hits.slice(0, 3))}`);
    assert.match(hits[0].text, /^COURSE_CATALOG_INFO_CHANGED\n/);
    const pages = hits.filter((h) => !h.path.includes('#')).map((h) => h.path);
    assert.match(pages[1] ?? '', /^\/adr\/openedx-events\/0009-/, `second page: ${JSON.stringify(pages)}`);
    await results().first().click();
    await page.waitForURL((url) => url.pathname === EVENT_PAGE);
    await page
      .locator('article h1')
      .filter({ hasText: /^COURSE_CATALOG_INFO_CHANGED$/ })
      .waitFor();
    assert.equal(await panel().isVisible(), false, 'the results stayed open after following one');
    assert.deepEqual(site.errors, []);
  });

  it('finds an event by its event type, and links the sections that match', async () => {
    await site.visit(adrShortPath(9));
    await page.waitForURL((url) => url.pathname.startsWith('/adr/'));
    const byType = await search(EVENT_TYPE);
    assert.equal(byType[0]?.path, EVENT_PAGE, JSON.stringify(byType));
    const hits = await search('COURSE_CATALOG_INFO_CHANGED');
    const section = hits.find((h) => h.path.startsWith(`${EVENT_PAGE}#`));
    assert.ok(section, `no section link: ${JSON.stringify(hits)}`);
    await results().nth(hits.indexOf(section)).click();
    await page.waitForURL((url) => url.pathname + url.hash === section.path);
    const id = decodeURIComponent(section.path.split('#')[1]);
    // The client router renders the page after the URL changes: wait for the section, then for the scroll to it.
    const target = page.locator(`[id="${id}"]`);
    await target.waitFor({ timeout: 10_000 });
    await page.waitForFunction((anchor) => {
      const top = document.getElementById(anchor)?.getBoundingClientRect().top;
      return top !== undefined && top >= 0 && top < window.innerHeight;
    }, id);
  });

  it('searches the docs version being read', async () => {
    await site.visit(withVersion(EVENT_PAGE, NEXT));
    const hits = await search('COURSE_CATALOG_INFO_CHANGED');
    assert.equal(hits[0]?.path, withVersion(EVENT_PAGE, NEXT));
    assert.ok(
      hits.every((h) => /^\/(docs|adr)\/next([/#]|$)/.test(h.path)),
      JSON.stringify(hits.map((h) => h.path)),
    );
    await site.visit(EVENT_PAGE);
    const latest = await search('COURSE_CATALOG_INFO_CHANGED');
    assert.ok(
      latest.length > 0 && latest.every((h) => !/^\/(docs|adr)\/next([/#]|$)/.test(h.path)),
      JSON.stringify(latest.map((h) => h.path)),
    );
  });

  it('finds an event under the event type it had before a rename (a payload from an old release)', async () => {
    const eventPage = withVersion(eventPagePath('XBLOCK_SKILL_VERIFIED'), NEXT);
    await site.visit(eventPage);
    const hits = await search('org.openedx.content_authoring.xblock.skill.verified.v1');
    assert.equal(hits[0]?.path, eventPage, JSON.stringify(hits.slice(0, 3)));
  });

  it('works from the keyboard: Ctrl+K, arrows, Escape and Enter', async () => {
    await site.visit('/docs/events');
    await page.locator('main').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+k');
    assert.equal(await box().evaluate((el) => el === document.activeElement), true, 'Ctrl+K did not focus the search box');
    await search('enrollment');
    assert.equal(await panel().isVisible(), true);
    await page.keyboard.press('ArrowDown');
    const first = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    assert.equal(
      first,
      await results()
        .first()
        .evaluate((a) => (a as HTMLAnchorElement).href),
    );
    await page.keyboard.press('Escape');
    assert.equal(await panel().isVisible(), false);
    assert.equal(await box().evaluate((el) => el === document.activeElement), true, 'Escape did not return focus to the box');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.href === first);
  });

  it('says so when nothing matches', async () => {
    await site.visit('/');
    const hits = await search('zzqxjvw');
    assert.deepEqual(hits, []);
    assert.equal(await page.getByRole('status').innerText(), 'No results for “zzqxjvw”.');
  });

  it(`downloads at most ${FIRST_SEARCH_BUDGET / 1000} kB for the first search, and nothing before the box is used`, async () => {
    const early: string[] = [];
    const onRequest = (request: Request) => {
      if (new URL(request.url()).pathname.startsWith(`/${SEARCH_BUNDLE_DIR}/`)) early.push(request.url());
    };
    page.on('request', onRequest);
    await site.visit(EVENT_PAGE);
    await page.mouse.wheel(0, 2000);
    await page.waitForTimeout(500);
    page.off('request', onRequest);
    assert.deepEqual(early, [], 'the search bundle loaded before the search box was used');
    const first = await measureFirstSearch(page, 'enrollment');
    assert.ok(first.results > 0, 'no result');
    assert.ok(
      first.files.some((f) => f.path.endsWith('.pf_index')),
      `no index chunk among ${JSON.stringify(first.files)}`,
    );
    assert.ok(
      first.files.some((f) => f.path.includes('/fragment/')),
      `no result fragment among ${JSON.stringify(first.files)}`,
    );
    assert.ok(first.total <= FIRST_SEARCH_BUDGET, `the first search downloaded ${first.total} bytes: ${JSON.stringify(first.files)}`);
  });
});
