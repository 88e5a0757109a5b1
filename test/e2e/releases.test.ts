/**
 * Every openedx-events release, end to end in Debian's Chromium against the
 * built site: a Sumac user chooses `9.15.0 (Sumac)` and reads an event as it
 * was then, downloads its schema of that release, sees what changes in Ulmo;
 * the releases page and its matrix; the comparison of any two releases, with
 * a shareable URL; a page found under an event type it had before a rename.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { COMPARE_PAGE_PATH, eventPagePath, NEXT, RELEASES_PAGE_PATH, schemaPath, withVersion } from '../../src/site';
import { siteSession } from '../support/site-session';

const SUMAC = '9.15.0';
const COLLECTION = 'LIBRARY_COLLECTION_UPDATED';

describe('releases in Chromium', () => {
  const site = siteSession();
  let page: Page;
  before(() => {
    page = site.page;
  });
  const visit = (path: string) => site.visit(path);

  it('lets a Sumac user read an event as it was in 9.15.0, with its schema of that release', async () => {
    await visit(eventPagePath(COLLECTION));
    const dropdown = page.locator('.navbar__items--right .navbar__item.dropdown').first();
    await dropdown.hover();
    await dropdown.locator('.dropdown__menu a', { hasText: '9.15.0 (Sumac)' }).click();
    const sumacPage = withVersion(eventPagePath(COLLECTION), SUMAC);
    await page.waitForURL((url) => url.pathname === sumacPage);
    // In 9.15.0 the collection still had its library key (10.0.0 dropped it).
    assert.equal(await page.locator('[id="library_collection.library_key"]').count(), 1, 'library_key is a field at 9.15.0');
    const schema = await page.locator('main a[download]').first().getAttribute('href');
    assert.equal(schema, schemaPath('org.openedx.content_authoring.content_library.collection.updated.v1', SUMAC));
    const response = await site.fetchText(schema);
    assert.equal(response.status, 200);
    assert.match((JSON.parse(response.body) as { $id: string }).$id, /:9\.15\.0:/);
    // What changes on the way to Ulmo is on the page.
    const named = page.locator('#named-releases ~ ul').first();
    assert.match(await named.innerText(), /Ulmo \(10\.5\.0\)[\s\S]*library_key/);
    assert.deepEqual(site.errors, []);
  });

  it('lists every release with what it changed, and the matrix of named releases', async () => {
    await visit(withVersion(RELEASES_PAGE_PATH, NEXT));
    assert.equal(await page.locator('h2[id^="release-"]').count(), 87);
    const tenZero = page.locator('#release-10-0-0').locator('xpath=following-sibling::ul[1]');
    assert.match(await tenZero.innerText(), /LIBRARY_COLLECTION_CREATED[\s\S]*breaking/);
    const matrix = page.locator('#matrix ~ table').first();
    assert.match(await matrix.locator('thead').innerText(), /Redwood \(9\.10\.0\)[\s\S]*Sumac \(9\.15\.0\)[\s\S]*Ulmo \(10\.5\.0\)/);
    const forum = matrix.locator('tr', { hasText: 'FORUM_THREAD_CREATED' });
    assert.match(await forum.innerText(), /renamed/);
    assert.deepEqual(site.errors, []);
  });

  it('compares any two releases, with a URL that keeps the choice', async () => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await visit(`${COMPARE_PAGE_PATH}?from=9.15.0&to=10.5.0`);
    const result = page.locator('[aria-live="polite"]').last();
    await result.locator('ul').first().waitFor();
    assert.match(await result.innerText(), /9\.15\.0 \(Sumac\)[\s\S]*10\.5\.0 \(Ulmo\)/);
    assert.match(await result.innerText(), /LIBRARY_COLLECTION_UPDATED[\s\S]*library_key[\s\S]*breaking/);
    await page.getByLabel('From release').selectOption({ label: '10.2.0 (Teak)' });
    await page.waitForURL((url) => url.searchParams.get('from') === '10.2.0' && url.searchParams.get('to') === '10.5.0');
    assert.doesNotMatch(await result.innerText(), /LIBRARY_COLLECTION_UPDATED/);
    // The page never fetched a schema: only the comparison data.
    assert.ok(requests.some((url) => url.endsWith('/releases/compare.json')));
    assert.ok(!requests.some((url) => url.includes('/schemas/')), 'no schema downloaded');
    assert.deepEqual(site.errors, []);
  });

  it('finds an event under the event type it had before a rename', async () => {
    await visit(withVersion(eventPagePath('XBLOCK_SKILL_VERIFIED'), NEXT));
    assert.match(
      // The summary's list of facts, the first of the page (the event-bus section has its own).
      await page.locator('main dl').first().innerText(),
      /org\.openedx\.content_authoring\.xblock\.skill\.verified\.v1 until openedx-events 8\.0\.1/,
    );
  });
});
