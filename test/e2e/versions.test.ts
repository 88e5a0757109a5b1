/**
 * Versions and links that never rot, end to end in Debian's Chromium against
 * the built site: the version dropdown, pinned pages and schemas, old anchors,
 * short ADR URLs, the changelog and its feed.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import courseCatalogInfoChanged from '../../src/events/content_authoring/course-catalog-info-changed.event';
import {
  adrShortPath,
  CHANGELOG_FEED_PATH,
  CHANGELOG_PAGE_PATH,
  eventPagePath,
  LATEST,
  NEXT,
  schemaId,
  schemaPath,
  DEFAULT_SITE_URL,
  withVersion,
} from '../../src/site';
import { LATEST_RELEASE } from '../support/releases';
import { siteSession } from '../support/site-session';
import { ROOT } from '../support/temp-site';

const SIGNAL = 'COURSE_CATALOG_INFO_CHANGED';
const EVENT_PAGE = eventPagePath(SIGNAL);
const NEXT_EVENT_PAGE = withVersion(EVENT_PAGE, 'next');
const PINNED_EVENT_PAGE = withVersion(EVENT_PAGE, LATEST_RELEASE);
const ADR_PAGE = '/adr/openedx-events/0009-course-catalog-info-changed-design';
const TYPE = courseCatalogInfoChanged.eventType;

describe('versions and stable links in Chromium', () => {
  const site = siteSession();
  let page: Page;
  before(() => {
    page = site.page;
  });
  const visit = (path: string) => site.visit(path);

  async function chooseVersion(label: string) {
    const dropdown = page.locator('.navbar__items--right .navbar__item.dropdown').first();
    await dropdown.hover();
    await dropdown.locator('.dropdown__menu a', { hasText: label }).click();
  }

  it('switches an event page between the latest release and Next with the version dropdown', async () => {
    await visit(EVENT_PAGE);
    assert.equal(await page.locator('.theme-doc-version-banner').count(), 0, 'the latest release has no banner');
    await chooseVersion('Next');
    await page.waitForURL((url) => url.pathname === NEXT_EVENT_PAGE);
    assert.match(await page.locator('.theme-doc-version-banner').innerText(), /unreleased/i);
    assert.equal(await page.locator('h1').innerText(), SIGNAL);
    // Links on a Next page stay in Next: the schema it offers is the unreleased one.
    assert.equal(await page.getByRole('link', { name: 'JSON Schema', exact: true }).getAttribute('href'), schemaPath(TYPE, 'next'));
    await chooseVersion(LATEST_RELEASE);
    await page.waitForURL((url) => url.pathname === EVENT_PAGE);
    assert.deepEqual(site.errors, []);
  });

  it('switches the ADRs with the same dropdown on an ADR page', async () => {
    await visit(ADR_PAGE);
    await chooseVersion('Next');
    await page.waitForURL((url) => url.pathname === withVersion(ADR_PAGE, 'next'));
    assert.match(await page.locator('h1').innerText(), /^9\. Event design/);
    assert.deepEqual(site.errors, []);
  });

  it('shows a permalink to this version that keeps working', async () => {
    await visit(EVENT_PAGE);
    const permalink = page.locator('[data-permalink]');
    assert.equal(await permalink.getAttribute('href'), PINNED_EVENT_PAGE);
    assert.equal(await permalink.innerText(), `${DEFAULT_SITE_URL}${PINNED_EVENT_PAGE}`);
    await visit(`${PINNED_EVENT_PAGE}#catalog_info.name`);
    await page.waitForURL((url) => url.pathname === EVENT_PAGE && decodeURIComponent(url.hash) === '#catalog_info.name');
    assert.equal(await page.locator('h1').innerText(), SIGNAL);
    await visit(withVersion(ADR_PAGE, LATEST_RELEASE));
    await page.waitForURL((url) => url.pathname === ADR_PAGE);
  });

  it('serves a pinned schema URL byte for byte as frozen, and the root as the latest release under its own id', async () => {
    const frozen = fs.readFileSync(path.join(ROOT, 'static', schemaPath(TYPE, LATEST_RELEASE)), 'utf8');
    const pinned = await site.fetchText(schemaPath(TYPE, LATEST_RELEASE));
    assert.equal(pinned.status, 200);
    assert.equal(pinned.body, frozen);
    assert.equal((JSON.parse(pinned.body) as { $id: string }).$id, schemaId(TYPE, LATEST_RELEASE));
    assert.equal((await site.fetchText(schemaPath(TYPE))).body, frozen.replace(schemaId(TYPE, LATEST_RELEASE), schemaId(TYPE, LATEST)));
    const next = JSON.parse((await site.fetchText(schemaPath(TYPE, 'next'))).body) as { $id: string };
    assert.equal(next.$id, schemaId(TYPE, NEXT));
    const avro = await site.fetchText(`/schemas/${LATEST_RELEASE}/avro/${TYPE}.avsc`);
    assert.equal(avro.status, 200);
    assert.equal(avro.body, fs.readFileSync(path.join(ROOT, 'static', 'schemas', LATEST_RELEASE, 'avro', `${TYPE}.avsc`), 'utf8'));
  });

  it("offers on each version's catalog the archive and the bundle of that version's schema set", async () => {
    const index = JSON.parse((await site.fetchText('/schemas/index.json')).body) as {
      versions: Array<{ version: string; archive: { path: string } }>;
    };
    for (const [pagePath, set] of [
      ['/docs/events', LATEST_RELEASE],
      [withVersion('/docs/events', 'next'), 'next'],
    ] as const) {
      await visit(pagePath);
      const links = await page.locator('main a[download]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      assert.deepEqual(links, [index.versions.find((v) => v.version === set)!.archive.path, `/schemas/${set}/bundle.json`]);
    }
    assert.deepEqual(site.errors, []);
  });

  it('lands an old anchor on the section that replaced it', async () => {
    await visit(`${EVENT_PAGE}#schema`);
    const heading = page.locator('h2#schemas');
    await heading.waitFor();
    const box = await heading.boundingBox();
    assert.ok(box && box.y > 0 && box.y < 250, `the renamed section is not at the top: ${JSON.stringify(box)}`);
  });

  it('copies the full URL of an ADR section and of an event field', async () => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    await visit(ADR_PAGE);
    await page.locator('h2#decision').hover();
    await page.locator('h2#decision button[aria-label="Copy link to section Decision"]').click();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${site.url}${ADR_PAGE}#decision`);
    await visit(EVENT_PAGE);
    const copyField = page.getByRole('button', { name: 'Copy link to field catalog_info.name' });
    // The button shows on hover of its field's line, not on every line at once.
    assert.equal(await copyField.evaluate((b) => getComputedStyle(b).opacity), '0');
    await page.locator('li[id="catalog_info.name"] > div').first().hover();
    await copyField.click();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${site.url}${EVENT_PAGE}#catalog_info.name`);
    assert.deepEqual(site.errors, []);
  });

  it('redirects a short ADR URL, keeping the section anchor', async () => {
    await visit(`${adrShortPath(9)}#decision`);
    await page.waitForURL((url) => url.pathname === ADR_PAGE && url.hash === '#decision');
    const box = await page.locator('h2#decision').boundingBox();
    assert.ok(box && box.y > 0 && box.y < 250, `heading not at the top: ${JSON.stringify(box)}`);
  });

  it('lists changes newest first on the changelog, with an Atom feed linked from every page', async () => {
    await visit(CHANGELOG_PAGE_PATH);
    const dates = await page.locator('main li[id] time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
    assert.ok(dates.length > 50, `only ${dates.length} entries`);
    assert.deepEqual(dates, [...dates].sort().reverse());
    assert.equal(await page.locator(`link[rel="alternate"][type="application/atom+xml"]`).getAttribute('href'), CHANGELOG_FEED_PATH);
    const feed = await site.fetchText(CHANGELOG_FEED_PATH);
    assert.equal(feed.status, 200);
    const entries = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      return Array.from(doc.querySelectorAll('entry')).map((e) => ({
        updated: e.querySelector('updated')!.textContent,
        link: e.querySelector('link')!.getAttribute('href')!,
      }));
    }, feed.body);
    assert.ok(entries.length > 50);
    assert.deepEqual(
      entries.map((e) => e.updated),
      [...entries.map((e) => e.updated)].sort().reverse(),
    );
    // Each feed entry lands on its entry of the changelog page.
    const first = new URL(entries[0].link);
    await visit(`${first.pathname}${first.hash}`);
    assert.equal(await page.locator(`li[id="${decodeURIComponent(first.hash.slice(1))}"]`).count(), 1);
    assert.deepEqual(site.errors, []);
  });

  it('shows on Next what is not released yet', async () => {
    await visit(withVersion(CHANGELOG_PAGE_PATH, 'next'));
    assert.equal((await page.locator('h2#unreleased').innerText()).replace(/\u200b/g, ''), `Unreleased (since ${LATEST_RELEASE})`);
    await visit(NEXT_EVENT_PAGE);
    assert.match(await page.locator('main').innerText(), new RegExp(`Unreleased changes since ${LATEST_RELEASE.replace(/\./g, '\\.')}`));
    assert.deepEqual(site.errors, []);
  });
});
