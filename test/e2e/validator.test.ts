/**
 * The payload validator in Chromium against the built site, on an event page
 * and on its own page: the example is valid, a wrong value is named on its
 * field with a link to the field's anchor, a whole message is read as one,
 * the Avro verdict (avsc's) is shown, Ajv and avsc load only when the
 * validator is used, no request carries the payload, and the navbar links to
 * the validator's page, on a phone too.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page, Request } from 'playwright-core';
import { eventPagePath, NEXT, SCHEMA_INDEX_PATH, VALIDATOR_PAGE_PATH, withVersion } from '../../src/site';
import { LATEST_RELEASE, type SchemaIndex } from '../support/releases';
import { siteSession } from '../support/site-session';

const EVENT_PAGE = eventPagePath('COURSE_CATALOG_INFO_CHANGED');
/** A message only Ajv's code carries. */
const AJV_MARKER = 'must have required property';
/** The name of avsc's debug log, which only avsc's code carries. */
const AVSC_MARKER = 'avsc:types';

describe('the payload validator in Chromium', () => {
  const site = siteSession();
  let page: Page;
  before(() => {
    page = site.page;
  });

  const payloadBox = () => page.getByRole('textbox', { name: 'Payload' });
  const results = () => page.getByRole('status').filter({ has: page.locator('[data-verdict]') });

  async function validate(payload: unknown): Promise<string> {
    await payloadBox().fill(typeof payload === 'string' ? payload : JSON.stringify(payload, null, 2));
    await page.getByRole('button', { name: 'Validate', exact: true }).click();
    // A verdict for this very text: none on screen yet, or the last one no longer marked as out of date.
    await page.waitForFunction(() => document.querySelector('[data-verdict]') && !document.querySelector('[data-stale]'));
    return results().innerText();
  }

  async function example(): Promise<{ catalog_info: Record<string, unknown> }> {
    await page.getByRole('button', { name: 'Use the example' }).click();
    await page.waitForFunction(() => document.querySelector('textarea')!.value.length > 0);
    return JSON.parse(await payloadBox().inputValue()) as { catalog_info: Record<string, unknown> };
  }

  it('loads Ajv and avsc only when a payload is first validated', async () => {
    const scripts: string[] = [];
    const onRequest = (request: Request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    };
    page.on('request', onRequest);
    try {
      await site.visit(EVENT_PAGE);
      const bodies = async (urls: string[]) => Promise.all(urls.map((u) => page.evaluate(async (url) => (await fetch(url)).text(), u)));
      const onLoad = [...scripts];
      assert.ok(onLoad.length > 0);
      const first = await bodies(onLoad);
      assert.ok(!first.some((b) => b.includes(AJV_MARKER)), 'the page loaded Ajv before it was used');
      assert.ok(!first.some((b) => b.includes(AVSC_MARKER)), 'the page loaded avsc before it was used');
      await example();
      await validate(await payloadBox().inputValue());
      const later = scripts.slice(onLoad.length);
      const loaded = await bodies(later);
      assert.ok(
        loaded.some((b) => b.includes(AJV_MARKER)),
        `Ajv was not loaded on use: ${later.join(', ')}`,
      );
      assert.ok(
        loaded.some((b) => b.includes(AVSC_MARKER)),
        `avsc was not loaded on use: ${later.join(', ')}`,
      );
    } finally {
      page.off('request', onRequest);
    }
    assert.deepEqual(site.errors, []);
  });

  it('says the example is valid and can be encoded as Avro', async () => {
    await site.visit(EVENT_PAGE);
    const text = await validate(await example());
    assert.match(text, /^Valid: it matches the JSON Schema of COURSE_CATALOG_INFO_CHANGED \(read as the event's data\)/);
    assert.equal(await page.locator('[data-avro="encodable"]').count(), 1);
    assert.deepEqual(site.errors, []);
  });

  it('names a value of the wrong type on its field, linked to the field anchor, and says Avro cannot encode it', async () => {
    await site.visit(EVENT_PAGE);
    const payload = await example();
    payload.catalog_info.hidden = 'no';
    const text = await validate(payload);
    assert.match(text, /Invalid: 1 problem/);
    assert.match(text, /catalog_info\.hidden must be boolean/);
    assert.equal(await page.locator('[data-avro="not-encodable"]').count(), 1);
    const link = results().locator('a[data-field="catalog_info.hidden"]').first();
    assert.equal(await link.getAttribute('href'), '#catalog_info.hidden');
    await link.click();
    assert.equal(await page.locator('li[id="catalog_info.hidden"]').evaluate((li) => li.matches(':target')), true);
  });

  it('reads a whole message: the envelope checked, the data under data', async () => {
    await site.visit(EVENT_PAGE);
    const data = await example();
    const envelope = JSON.parse((await site.fetchText(`/schemas/${LATEST_RELEASE}/envelope.json`)).body) as { examples: unknown[] };
    const message = { ...(envelope.examples[0] as object), data };
    assert.match(await validate(message), /^Valid: .*read as a whole message/);
    const text = await validate({ ...message, minorversion: 'zero', data: { ...data, catalog_info: { ...data.catalog_info, name: 7 } } });
    assert.match(text, /Invalid: 2 problems/);
    assert.match(text, /envelope minorversion must be integer/);
    assert.equal(await results().locator('a[data-field="minorversion"]').getAttribute('href'), '/docs/events/envelope#minorversion');
    assert.equal(await results().locator('a[data-field="catalog_info.name"]').first().getAttribute('href'), '#catalog_info.name');
  });

  it('sends no request that carries the payload', async () => {
    await site.visit(EVENT_PAGE);
    const payload = await example();
    const marker = `marker-${Date.now()}`;
    payload.catalog_info.name = marker;
    const requests: Array<{ method: string; url: string; body: string | null }> = [];
    const onRequest = (r: Request) => requests.push({ method: r.method(), url: r.url(), body: r.postData() });
    page.on('request', onRequest);
    try {
      await validate(payload);
      await validate({ ...payload, extra: marker });
    } finally {
      page.off('request', onRequest);
    }
    assert.deepEqual(
      requests.filter((r) => r.method !== 'GET' || r.body !== null || r.url.includes(marker)),
      [],
    );
  });

  it('checks any event of any release on its own page, linking problems to that release', async () => {
    await site.visit(`${VALIDATOR_PAGE_PATH}?event=COURSE_CATALOG_INFO_CHANGED&release=${NEXT}`);
    await payloadBox().waitFor();
    assert.equal(await page.locator('select[name="release"]').inputValue(), NEXT);
    assert.equal(
      await page.getByRole('link', { name: 'A link to this choice' }).getAttribute('href'),
      `${VALIDATOR_PAGE_PATH}?event=COURSE_CATALOG_INFO_CHANGED&release=${NEXT}`,
    );
    const payload = await example();
    payload.catalog_info.course_key = 42;
    await validate(payload);
    assert.equal(
      await results().locator('a[data-field="catalog_info.course_key"]').first().getAttribute('href'),
      `${withVersion(EVENT_PAGE, NEXT)}#catalog_info.course_key`,
    );
    assert.deepEqual(site.errors, []);
  });

  it('accepts the example of every event of the latest release on its own page', async () => {
    const index = JSON.parse((await site.fetchText(SCHEMA_INDEX_PATH)).body) as SchemaIndex;
    const events = index.versions.find((v) => v.version === LATEST_RELEASE)!.events;
    await site.visit(VALIDATOR_PAGE_PATH);
    await payloadBox().waitFor();
    assert.equal(await page.locator('select[name="release"]').inputValue(), LATEST_RELEASE);
    for (const { signal } of events) {
      await page.locator('select[name="event"]').selectOption(signal);
      await payloadBox().fill('');
      await example();
      assert.match(await validate(await payloadBox().inputValue()), new RegExp(`^Valid: it matches the JSON Schema of ${signal} `), signal);
    }
    assert.deepEqual(site.errors, []);
  });

  it("says avsc refuses upstream's invalid namespace, and still checks the data with avsc", async () => {
    await site.visit(`${VALIDATOR_PAGE_PATH}?event=SUBSIDY_REDEMPTION_REVERSED&release=${NEXT}`);
    await payloadBox().waitFor();
    const payload = (await example()) as unknown as Record<string, Record<string, unknown>>;
    assert.match(await validate(payload), /^Valid: /);
    assert.equal(await page.locator('[data-avro="encodable"]').count(), 1);
    assert.match(
      await page.locator('[data-avro-refused]').innerText(),
      /avsc refuses this schema as published \(invalid name: ".*redemption-reversed/,
    );
    const [field] = Object.keys(payload.redemption);
    await validate({ ...payload, redemption: { ...payload.redemption, [field]: { not: 'a value of this field' } } });
    assert.equal(await page.locator('[data-avro="not-encodable"]').count(), 1);
    assert.ok((await results().locator(`a[data-field^="redemption.${field}"]`).count()) > 0);
    assert.deepEqual(site.errors, []);
  });

  for (const width of [1280, 390]) {
    it(`links to the validator's page from the navbar, after the docs' entries, at ${width} px`, async () => {
      await page.setViewportSize({ width, height: 800 });
      try {
        await site.visit(EVENT_PAGE);
        let navbar = page.locator('.navbar__items:not(.navbar__items--right)');
        if (width < 997) {
          // The phone's menu opens on the page's doc sidebar; the navbar's entries are one step back.
          await page.getByRole('button', { name: 'Toggle navigation bar' }).click();
          await page.getByRole('button', { name: /Back to main menu/ }).click();
          navbar = page.locator('.navbar-sidebar__item.menu').first();
        }
        const labels = (await navbar.getByRole('link').allInnerTexts()).map((t) => t.trim());
        assert.equal(labels.indexOf('Validate'), labels.indexOf('Changelog') + 1, labels.join(', '));
        assert.ok(labels.indexOf('Changelog') > labels.indexOf('Events'), labels.join(', '));
        const link = navbar.getByRole('link', { name: 'Validate', exact: true });
        assert.equal(await link.getAttribute('href'), VALIDATOR_PAGE_PATH);
        await link.click();
        await page.waitForURL(`**${VALIDATOR_PAGE_PATH}`);
        await payloadBox().waitFor();
        assert.deepEqual(site.errors, []);
      } finally {
        await page.setViewportSize({ width: 1280, height: 800 });
      }
    });
  }
});
