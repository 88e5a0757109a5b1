/**
 * Accessibility: axe-core (through @axe-core/playwright) on every page kind,
 * in the light and the dark colour mode, in Chromium against the built site.
 * Any violation fails, listed with its rule, impact and the elements concerned.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { PAGE_KINDS } from '../../scripts/measure/page-kinds';
import { CHANGELOG_PAGE_PATH, eventPagePath, NEXT, repositoriesPagePath, repositoryPagePath, withVersion } from '../../src/site';
import { servedBuild } from '../support/site-session';
import { describeViolations } from '../support/axe';
import { typeSearch } from '../../scripts/measure/first-search';

/** Pages that only versioning and the changelog have (the unreleased banner, the feed, the rules table), and the other page kinds. */
const VERSION_PAGES = [
  { kind: 'unreleased (Next) event', path: withVersion(eventPagePath('COURSE_CATALOG_INFO_CHANGED'), NEXT) },
  { kind: 'changelog', path: CHANGELOG_PAGE_PATH },
  { kind: 'versions guide', path: '/docs/guides/versions' },
  { kind: 'repositories index', path: repositoriesPagePath() },
  { kind: 'repository', path: repositoryPagePath('openedx/openedx-platform') },
];

describe('accessibility of every page kind (axe)', () => {
  const site = servedBuild();

  for (const { kind, path } of [...PAGE_KINDS, ...VERSION_PAGES]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`finds no violation on the ${kind} page in ${colorScheme} mode`, async () => {
        const context = await site.browser.newContext({ colorScheme, viewport: { width: 1280, height: 800 } });
        try {
          const page = await context.newPage();
          await page.goto(site.url + path, { waitUntil: 'networkidle' });
          assert.equal(
            await page.locator('html').getAttribute('data-theme'),
            colorScheme,
            'the colour mode did not follow prefers-color-scheme',
          );
          const results = await new AxeBuilder({ page }).analyze();
          assert.ok(results.passes.length > 0, 'axe ran no check');
          assert.equal(results.violations.length, 0, `${kind} page (${path}), ${colorScheme} mode:\n${describeViolations(results)}`);
        } finally {
          await context.close();
        }
      });
    }
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`finds no violation with the validator's results open in ${colorScheme} mode`, async () => {
      const context = await site.browser.newContext({ colorScheme, viewport: { width: 1280, height: 800 } });
      try {
        const page = await context.newPage();
        await page.goto(site.url + eventPagePath('COURSE_CATALOG_INFO_CHANGED'), { waitUntil: 'networkidle' });
        // A message with a problem in the envelope and one in the data: every kind of result line is on screen.
        await page
          .getByRole('textbox', { name: 'Payload' })
          .fill(JSON.stringify({ event_type: 'org.openedx.other.v1', data: { catalog_info: { hidden: 'no' } } }));
        await page.getByRole('button', { name: 'Validate', exact: true }).click();
        await page.locator('[data-verdict="invalid"]').waitFor();
        await page.locator('[data-avro="not-encodable"]').waitFor();
        const results = await new AxeBuilder({ page }).analyze();
        assert.equal(results.violations.length, 0, `validator results, ${colorScheme} mode:\n${describeViolations(results)}`);
      } finally {
        await context.close();
      }
    });

    it(`finds no violation with the search results open in ${colorScheme} mode`, async () => {
      const context = await site.browser.newContext({ colorScheme, viewport: { width: 1280, height: 800 } });
      try {
        const page = await context.newPage();
        await page.goto(site.url + eventPagePath('COURSE_CATALOG_INFO_CHANGED'), { waitUntil: 'networkidle' });
        await typeSearch(page, 'course');
        assert.ok((await page.locator('[role="search"] a').count()) > 0, 'no search result shown');
        const results = await new AxeBuilder({ page }).analyze();
        assert.equal(results.violations.length, 0, `search results, ${colorScheme} mode:\n${describeViolations(results)}`);
      } finally {
        await context.close();
      }
    });
  }
});
