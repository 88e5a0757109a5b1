/**
 * Producers, consumers and repositories, end to end in Debian's Chromium
 * against the built site: the repositories index and a repository's page with
 * its sources, the catalog narrowed to what one repository consumes, and an
 * event page's producers and consumers with their sources and confidence.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { CatalogRow, RepositoryIndexData } from '../../src/reference-data';
import { BASE_URL, DOCS_ROUTE, eventPagePath, NEXT, repositoriesPagePath, repositoryPagePath, withVersion } from '../../src/site';
import { siteSession } from '../support/site-session';
import { ROOT } from '../support/temp-site';

const DISCOVERY = 'openedx/course-discovery';
const CATALOG_INFO = 'COURSE_CATALOG_INFO_CHANGED';
/** A permalink at a full commit, as every source must be. */
const PERMALINK = /^https:\/\/github\.com\/[^/]+\/[^/]+\/blob\/[0-9a-f]{40}\/\S+$/;
const CONFIDENCE = /read at this commit|seen in a search excerpt/;

function generatedJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'docs', 'events', file), 'utf8')) as T;
}

/** The source of an entry: its link's href and the confidence shown beside it. */
async function sourceOf(entry: Locator): Promise<{ href: string | null; text: string }> {
  const source = entry.locator('[data-source-confidence]').first();
  return { href: await source.locator('a').first().getAttribute('href'), text: await source.innerText() };
}

describe('repositories in Chromium', () => {
  const site = siteSession();
  let page: Page;
  before(() => {
    page = site.page;
  });

  it('lists every repository by kind, and a repository page shows what it consumes with a permalink', async () => {
    const index = generatedJson<RepositoryIndexData>('repositories/index.data.json');
    await site.visit(repositoriesPagePath());
    const links = page.locator('main [data-repository-kind] a');
    assert.equal(await links.count(), index.repositories.length);
    await page.locator('main [data-repository-kind] a', { hasText: DISCOVERY }).click();
    await page.waitForURL((url) => url.pathname === repositoryPagePath(DISCOVERY));
    const entry = page.locator('[data-repository-events="consumes"] > li', { hasText: CATALOG_INFO });
    assert.equal(await entry.count(), 1);
    const { href, text } = await sourceOf(entry);
    assert.match(href ?? '', PERMALINK);
    assert.match(text, CONFIDENCE);
    // The event link stays in Next, where the repository pages are.
    assert.equal(await entry.locator('a', { hasText: CATALOG_INFO }).getAttribute('href'), withVersion(eventPagePath(CATALOG_INFO), NEXT));
    assert.deepEqual(site.errors, []);
  });

  it('narrows the catalog to the events a consumer receives', async () => {
    const rows = generatedJson<{ events: CatalogRow[] }>('catalog.data.json').events;
    const consumer = 'eduNEXT/eox-hooks';
    const expected = rows.filter((r) => r.consumerRepositories?.includes(consumer)).map((r) => withVersion(r.path, NEXT));
    assert.ok(expected.length > 1 && expected.length < rows.length, `${consumer} consumes some events, not all`);
    await site.visit(withVersion(`${BASE_URL}${DOCS_ROUTE}/events`, NEXT));
    const links = page.locator('[data-catalog] tbody tr td:first-child a');
    assert.equal(await links.count(), rows.length);
    await page.getByLabel('Consumer').selectOption(consumer);
    await page.waitForFunction((n) => document.querySelectorAll('[data-catalog] tbody tr').length === n, expected.length);
    assert.deepEqual((await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).sort(), expected.sort());
    assert.match(await page.locator('[role="search"] output').innerText(), new RegExp(`^${expected.length} of ${rows.length} events$`));
    assert.deepEqual(site.errors, []);
  });

  it('shows each producer and consumer of an event with its source and how sure it is', async () => {
    await site.visit(withVersion(eventPagePath(CATALOG_INFO), NEXT));
    const producer = page.locator('#producers + ul > li').first();
    const { href, text } = await sourceOf(producer);
    assert.match(href ?? '', PERMALINK);
    assert.match(text, CONFIDENCE);
    const consumers = page.locator('#consumers + ul > li', { hasText: 'Course Discovery' });
    assert.equal(await consumers.locator('a', { hasText: DISCOVERY }).first().getAttribute('href'), repositoryPagePath(DISCOVERY));
    assert.match(await consumers.first().innerText(), /reads it from the event bus/);
    assert.deepEqual(site.errors, []);
  });
});
