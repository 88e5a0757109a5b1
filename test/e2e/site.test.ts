/**
 * End to end, in Debian's Chromium, against the built site served from
 * 127.0.0.1. Run after `npm run build`.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type { Page } from 'playwright-core';
import courseCatalogInfoChanged from '../../src/events/content_authoring/course-catalog-info-changed.event';
import {
  adrShortPath,
  CHANGELOG_PAGE_PATH,
  eventPagePath,
  NEXT,
  schemaPath,
  SCHEMA_INDEX_PATH,
  VALIDATOR_PAGE_PATH,
  withVersion,
} from '../../src/site';
import { LATEST_RELEASE, type SchemaIndex } from '../support/releases';
import { siteSession } from '../support/site-session';

const EVENT_PAGE = eventPagePath('COURSE_CATALOG_INFO_CHANGED');
const ADR_PAGE = '/adr/openedx-events/0009-course-catalog-info-changed-design';

describe('the built site in Chromium', () => {
  const site = siteSession();
  let page: Page;
  before(() => {
    page = site.page;
  });
  const visit = (path: string) => site.visit(path);

  function assertNoErrors(path: string) {
    assert.deepEqual(site.errors, [], `${path} logged errors`);
  }

  it('shows the event page with every field of the schema in the field view', async () => {
    await visit(EVENT_PAGE);
    assert.equal(await page.locator('h1').innerText(), 'COURSE_CATALOG_INFO_CHANGED');
    const rows = await page.locator('[data-field-tree] li[id^="catalog_info"]').evaluateAll((lis) => lis.map((li) => li.id));
    assert.deepEqual(rows, [
      'catalog_info',
      'catalog_info.course_key',
      'catalog_info.name',
      'catalog_info.schedule_data',
      'catalog_info.schedule_data.start',
      'catalog_info.schedule_data.pacing',
      'catalog_info.schedule_data.end',
      'catalog_info.schedule_data.enrollment_start',
      'catalog_info.schedule_data.enrollment_end',
      'catalog_info.hidden',
      'catalog_info.invitation_only',
    ]);
    const text = await page.locator('main').innerText();
    assert.match(text, /org\.openedx\.content_authoring\.course\.catalog_info\.changed\.v1/);
    assert.match(text, /openedx\/course-discovery/);
    assertNoErrors(EVENT_PAGE);
  });

  it('lands a field anchor on its field', async () => {
    const anchor = 'catalog_info.schedule_data.start';
    await visit(`${EVENT_PAGE}#${anchor}`);
    const row = page.locator(`li[id="${anchor}"]`);
    await row.waitFor();
    assert.equal(await page.evaluate(() => decodeURIComponent(location.hash)), `#${anchor}`);
    const box = await row.boundingBox();
    assert.ok(box && box.y >= 0 && box.y < 800, `row is not in the viewport: ${JSON.stringify(box)}`);
    assert.equal(await row.evaluate((li) => li.matches(':target')), true);
    assertNoErrors(EVENT_PAGE);
  });

  it('shows the producers → event → consumers diagram from the HTML, loading no diagram library', async () => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await visit(EVENT_PAGE);
    const diagram = page.locator('figure[data-diagram="flow"]');
    assert.equal(await diagram.count(), 1);
    const text = await diagram.innerText();
    assert.match(text, /COURSE_CATALOG_INFO_CHANGED/);
    assert.match(text, /Studio\s+openedx\/edx-platform\s+A course is published in Studio\./);
    assert.match(text, /Course Discovery\s+openedx\/course-discovery/);
    const box = await diagram.boundingBox();
    assert.ok(box && box.width > 600, `diagram too narrow: ${JSON.stringify(box)}`);
    const noScript = await (await page.context().browser()!.newContext({ javaScriptEnabled: false })).newPage();
    await noScript.goto(site.url + EVENT_PAGE);
    assert.match(await noScript.locator('figure[data-diagram="flow"]').innerText(), /Course Discovery/);
    await noScript.context().close();
    assert.equal(await page.locator('.docusaurus-mermaid-container').count(), 0);
    assertNoErrors(EVENT_PAGE);
    const mermaid: string[] = [];
    for (const url of scripts) {
      const body = await page.evaluate(async (u) => (await fetch(u)).text(), url);
      if (body.includes('mermaidAPI')) mermaid.push(url);
    }
    assert.deepEqual(mermaid, [], 'the event page loaded Mermaid');
  });

  it('lists on the ADR page the excluded fields that come from the event definition', async () => {
    await visit(ADR_PAGE);
    const names = await page.locator('#decision ~ ul[data-generated="excluded-fields"] li > code').allInnerTexts();
    const fromCode = (courseCatalogInfoChanged.excludedFields ?? []).map((x) => x.field.split('.').at(-1));
    assert.deepEqual(names, ['media', 'short_description', 'mobile_available', 'effort']);
    assert.deepEqual(names, fromCode);
    const history = await page.locator('#change-history ~ h3').evaluateAll((hs) => hs.map((h) => h.id));
    assert.deepEqual(history.slice(0, 2), ['2022-10-18', '2022-09-14']);
    assertNoErrors(ADR_PAGE);
  });

  it('redirects the short ADR URL to the ADR', async () => {
    await visit(adrShortPath(9));
    await page.waitForURL((url) => url.pathname === ADR_PAGE);
    assert.match(await page.locator('h1').innerText(), /^9\. Event design of the COURSE_CATALOG_INFO_CHANGED signal$/);
  });

  it('lands an ADR section anchor on its heading', async () => {
    await visit(`${ADR_PAGE}#rationale`);
    const box = await page.locator('h2#rationale').boundingBox();
    assert.ok(box && box.y >= 0 && box.y < 200, `heading not at the top: ${JSON.stringify(box)}`);
  });

  it('serves the schema for download, and it validates a payload', async () => {
    await visit(EVENT_PAGE);
    const href = await page.locator('a[download]', { hasText: /^download .*\.json$/ }).getAttribute('href');
    assert.equal(href, schemaPath(courseCatalogInfoChanged.eventType, LATEST_RELEASE));
    const fetched = await page.evaluate(async (url) => {
      const response = await fetch(url);
      return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
    }, href);
    assert.equal(fetched.status, 200);
    assert.match(fetched.type ?? '', /json/);
    const ajv = new Ajv({ allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(fetched.body));
    assert.equal(validate(courseCatalogInfoChanged.examples[0]), true, JSON.stringify(validate.errors));
    assert.equal(validate({ catalog_info: { course_key: 'course-v1:a+b+c' } }), false);

    const manifest = await page.evaluate(
      async (url): Promise<SchemaIndex> => (await fetch(url)).json() as Promise<SchemaIndex>,
      SCHEMA_INDEX_PATH,
    );
    const entry = manifest.versions
      .find((v) => v.version === LATEST_RELEASE)!
      .events.find((e) => e.eventType === courseCatalogInfoChanged.eventType);
    const { createHash } = await import('node:crypto');
    assert.equal(entry?.sha256, createHash('sha256').update(fetched.body).digest('hex'));
  });

  it('filters the catalog by domain and by text, each row linking to its page', async () => {
    await visit('/docs/events');
    const rows = page.locator('main table tbody tr');
    assert.equal(await rows.count(), 75);
    await page.locator('select[name="domain"]').selectOption('enterprise');
    assert.equal(await rows.count(), 8);
    await page.locator('input[name="filter"]').fill('ledger');
    assert.equal(await rows.count(), 4);
    await page.locator('select[name="domain"]').selectOption('');
    await page.locator('input[name="filter"]').fill('catalog_info');
    assert.equal(await rows.count(), 1);
    await rows.first().locator('a').click();
    await page.waitForURL((url) => url.pathname === EVENT_PAGE);
    assertNoErrors('/docs/events');
  });

  it('serves a page for every event of the manifest, with its Avro schema or the reason it has none', async () => {
    await visit('/');
    const index = await page.evaluate(
      async (url): Promise<SchemaIndex> => (await fetch(url)).json() as Promise<SchemaIndex>,
      SCHEMA_INDEX_PATH,
    );
    const manifest = index.versions.find((v) => v.version === LATEST_RELEASE)!;
    assert.equal(manifest.events.length, 75);
    const statuses = await page.evaluate(
      async (paths) => Promise.all(paths.map(async (p) => (await fetch(p)).status)),
      [
        ...manifest.events.map((e) => `/docs/events/${e.signal.toLowerCase().replace(/_/g, '-')}`),
        ...manifest.events.flatMap((e) => (e.avro ? [new URL(e.avro, 'http://127.0.0.1').pathname] : [])),
      ],
    );
    assert.ok(
      statuses.every((s) => s === 200),
      JSON.stringify(statuses),
    );
    await visit(eventPagePath('COURSE_CERTIFICATE_CONFIG_CHANGED'));
    assert.match(await page.locator('main').innerText(), /There is no Avro schema: upstream cannot send this event/);
  });

  it('shows upstream inconsistencies as warnings and lists them on Known issues', async () => {
    await visit(eventPagePath('ROLE_ASSIGNMENT_CREATED'));
    const warnings = await page.locator('.theme-admonition-warning').allInnerTexts();
    assert.ok(
      warnings.some((w) => /naming pattern/i.test(w)),
      JSON.stringify(warnings),
    );
    assert.ok(
      warnings.some((w) => /key field does not resolve/i.test(w)),
      JSON.stringify(warnings),
    );
    await visit(eventPagePath('SUBSIDY_REDEMPTION_REVERSED'));
    assert.match(await page.locator('main').innerText(), /Invalid Avro namespace/i);
    await visit('/docs/events/known-issues');
    const text = await page.locator('main').innerText();
    for (const signal of [
      'ROLE_ASSIGNMENT_CREATED',
      'COURSE_IMPORT_COMPLETED',
      'COURSE_RERUN_COMPLETED',
      'COURSE_CERTIFICATE_CONFIG_CHANGED',
      'SUBSIDY_REDEMPTION_REVERSED',
    ]) {
      assert.match(text, new RegExp(signal));
    }
    assertNoErrors('/docs/events/known-issues');
  });

  it('links every event page to the envelope, whose schema validates the example metadata', async () => {
    await visit(EVENT_PAGE);
    await page.locator('a', { hasText: 'event envelope' }).click();
    await page.waitForURL((url) => url.pathname === '/docs/events/envelope');
    const envelopeHref = await page.locator('main a[download]').getAttribute('href');
    assert.equal(envelopeHref, `/schemas/${LATEST_RELEASE}/envelope.json`);
    const schema = await page.evaluate(async (url): Promise<unknown> => (await fetch(url)).json(), envelopeHref);
    const ajv = new Ajv({ allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema as object);
    assert.equal(validate((schema as { examples: unknown[] }).examples[0]), true);
    assert.equal(validate({ id: 'x' }), false);
    assertNoErrors('/docs/events/envelope');
  });

  it('has a page per data type listing the events that use it', async () => {
    await visit('/docs/events/data-types/content-authoring-course-schedule-data');
    assert.equal(await page.locator('h1').innerText(), 'CourseScheduleData');
    const users = await page.locator('#used-by + ul li a').allInnerTexts();
    assert.deepEqual(users, ['COURSE_CATALOG_INFO_CHANGED']);
    assert.equal(await page.locator('[data-field-tree] li[id="pacing"]').count(), 1);
    assertNoErrors('data type page');
  });

  it("marks as active the navbar entry of the page's section only", async () => {
    for (const [path, active] of [
      [EVENT_PAGE, ['Events']],
      [withVersion(EVENT_PAGE, NEXT), ['Events']],
      ['/docs/events', ['Events']],
      [CHANGELOG_PAGE_PATH, ['Changelog']],
      ['/docs/guides/schemas', ['Schemas']],
      [ADR_PAGE, ['ADRs']],
      [VALIDATOR_PAGE_PATH, ['Validate']],
      ['/docs/guides/versions', []],
    ] as const) {
      await visit(path);
      const marked = await page.locator('.navbar__inner .navbar__link--active').allInnerTexts();
      assert.deepEqual(marked, active, path);
    }
    // Each entry still links to its doc in the version being read.
    await visit(withVersion(EVENT_PAGE, NEXT));
    assert.equal(
      await page.locator('.navbar__inner').getByRole('link', { name: 'Changelog', exact: true }).getAttribute('href'),
      withVersion(CHANGELOG_PAGE_PATH, NEXT),
    );
  });

  it('logs no console error on any page kind', async () => {
    for (const path of [
      '/',
      '/docs',
      '/docs/events',
      '/docs/events/domains/learning',
      EVENT_PAGE,
      '/adr',
      ADR_PAGE,
      '/adr/site/0001-zod-definitions-are-the-source-of-truth',
      '/docs/guides/schemas',
    ]) {
      await visit(path);
      assertNoErrors(path);
    }
  });
});
