/**
 * Reading an event in Chromium against the built site: the field view (every
 * field anchor of every event page on its field, classes that collapse and
 * open again for a link), descriptions as Markdown, the header's copy buttons,
 * and pages that fit at 1280 px and 390 px without scrolling sideways.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { eventPagePath, NEXT, withVersion } from '../../src/site';
import { PAGE_KINDS } from '../../scripts/measure/page-kinds';
import { RELEASES } from '../support/releases';
import { BUILD_DIR } from '../support/server';
import { ROOT } from '../support/temp-site';
import { siteSession } from '../support/site-session';

const EVENT_PAGE = eventPagePath('COURSE_CATALOG_INFO_CHANGED');

/** Each event page of a docs folder, from the page data beside it: its path in the built site and its field paths. */
function eventPages(dir: string, segment: string): Array<{ page: string; fields: string[] }> {
  const found: Array<{ page: string; fields: string[] }> = [];
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const file = path.join(d, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.data.json')) {
        const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { signal?: string; fields?: Array<{ path: string }> };
        if (data.signal && data.fields)
          found.push({ page: withVersion(eventPagePath(data.signal), segment), fields: data.fields.map((f) => f.path) });
      }
    }
  };
  walk(dir);
  return found;
}

/** The ids of the field view's items in a built page. */
function fieldIds(pagePath: string): Set<string> {
  const html = fs.readFileSync(path.join(BUILD_DIR, `${pagePath}.html`), 'utf8');
  const tree = html.slice(html.indexOf('data-field-tree'));
  return new Set([...tree.matchAll(/<li[^>]*?\sid=(?:"([^"]+)"|([^\s>]+))/g)].map((m) => m[1] ?? m[2]));
}

describe('reading an event in Chromium', () => {
  const site = siteSession();
  let page: Page;
  before(() => {
    page = site.page;
  });

  it('has every field of every event page (Next, each release) as an item of its field view', () => {
    const pages = [
      ...eventPages(path.join(ROOT, 'docs/events'), NEXT),
      ...RELEASES.flatMap((r, i) => eventPages(path.join(ROOT, 'versioned_docs', `version-${r}`, 'events'), i === 0 ? '' : r)),
    ];
    assert.ok(pages.length >= 150, `only ${pages.length} event pages`);
    for (const { page: pagePath, fields } of pages) {
      const ids = fieldIds(pagePath);
      assert.deepEqual(
        fields.filter((f) => !ids.has(f)),
        [],
        `${pagePath}: fields without their item`,
      );
    }
  });

  it('lands every field anchor of an event on its field', async () => {
    await site.visit(EVENT_PAGE);
    const ids = await page.locator('[data-field-tree] li[id]').evaluateAll((lis) => lis.map((li) => li.id));
    assert.equal(ids.length, 11);
    for (const id of ids) {
      await page.goto(`${site.url}${EVENT_PAGE}#${id}`, { waitUntil: 'networkidle' });
      const field = page.locator(`li[id="${id}"]`);
      assert.equal(await field.evaluate((li) => li.matches(':target')), true, id);
      const box = await field.boundingBox();
      assert.ok(box && box.y >= 0 && box.y < 800, `${id} is not in the viewport: ${JSON.stringify(box)}`);
    }
    assert.deepEqual(site.errors, []);
  });

  it('collapses a class and opens it again, by its toggle and for a link to one of its fields', async () => {
    await site.visit(EVENT_PAGE);
    const toggle = page.getByRole('button', { name: 'Fields of catalog_info.schedule_data' });
    const start = page.locator('li[id="catalog_info.schedule_data.start"]');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.equal(await start.isVisible(), false);
    await toggle.click();
    assert.equal(await start.isVisible(), true);
    await toggle.click();
    await page.evaluate(() => {
      location.hash = '#catalog_info.schedule_data.pacing';
    });
    const pacing = page.locator('li[id="catalog_info.schedule_data.pacing"]');
    await pacing.waitFor({ state: 'visible' });
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    await page.waitForFunction(() => {
      const box = document.getElementById('catalog_info.schedule_data.pacing')!.getBoundingClientRect();
      return box.top >= 0 && box.top < innerHeight;
    });
    assert.deepEqual(site.errors, []);
  });

  it('renders the Markdown of descriptions: backticks become code', async () => {
    await site.visit(EVENT_PAGE);
    const description = page.locator('li[id="catalog_info.course_key"] > div').nth(1);
    assert.equal(await description.locator('code').innerText(), 'course-v1:edX+DemoX+Demo_Course');
    assert.doesNotMatch(await page.locator('[data-field-tree]').innerText(), /`/);
    await site.visit('/docs/events/envelope');
    assert.equal(await page.locator('li[id="sourcelib"] code', { hasText: '[11, 2, 0]' }).count(), 1);
  });

  it('copies the event type and the signal in one click', async () => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    await site.visit(EVENT_PAGE);
    await page.getByRole('button', { name: 'Copy the event type' }).click();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'org.openedx.content_authoring.course.catalog_info.changed.v1');
    await page.getByRole('button', { name: 'Copy the signal' }).click();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'COURSE_CATALOG_INFO_CHANGED');
    assert.deepEqual(site.errors, []);
  });

  it('keeps each copy button beside its name on a phone, the name wrapping at its boundaries', async () => {
    await page.setViewportSize({ width: 390, height: 800 });
    try {
      await site.visit(EVENT_PAGE);
      for (const label of ['event type', 'signal']) {
        const button = page.getByRole('button', { name: `Copy the ${label}` });
        const name = button.locator('xpath=preceding-sibling::code');
        const [b, n] = [await button.boundingBox(), await name.boundingBox()];
        assert.ok(b && n, `no ${label} or no button`);
        assert.ok(b.x >= n.x + n.width, `the ${label}'s button is not beside it: ${JSON.stringify({ b, n })}`);
        assert.ok(b.y >= n.y && b.y < n.y + n.height, `the ${label}'s button is not on its line: ${JSON.stringify({ b, n })}`);
        assert.ok(b.x + b.width <= 390);
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it('downloads the JSON Schema, the Avro schema and the example payload of the page version', async () => {
    await site.visit(withVersion(EVENT_PAGE, NEXT));
    const json = await page.getByRole('link', { name: 'JSON Schema', exact: true }).getAttribute('href');
    const avro = await page.getByRole('link', { name: 'Avro schema', exact: true }).getAttribute('href');
    assert.equal(json, '/schemas/next/org.openedx.content_authoring.course.catalog_info.changed.v1.json');
    assert.equal(avro, '/schemas/next/avro/org.openedx.content_authoring.course.catalog_info.changed.v1.avsc');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Example payload', exact: true }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'org.openedx.content_authoring.course.catalog_info.changed.v1.example.json');
    const schema = JSON.parse((await site.fetchText(json)).body) as { examples: unknown[] };
    assert.deepEqual(JSON.parse(fs.readFileSync(await download.path(), 'utf8')), schema.examples[0]);
  });

  for (const width of [1280, 390]) {
    it(`fits every page kind at ${width} px without scrolling sideways`, async () => {
      await page.setViewportSize({ width, height: 900 });
      try {
        for (const pagePath of [...PAGE_KINDS.map((p) => p.path), withVersion(EVENT_PAGE, NEXT)]) {
          await site.visit(pagePath);
          const overflow = await page.evaluate(() => ({
            page: document.scrollingElement!.scrollWidth - innerWidth,
            // The field view and the catalog never scroll inside their own box either.
            boxes: Array.from(document.querySelectorAll('[data-field-tree], table[data-catalog]'))
              .filter((el) => el.scrollWidth > el.clientWidth + 1)
              .map((el) => el.outerHTML.slice(0, 80)),
          }));
          assert.deepEqual(overflow, { page: 0, boxes: [] }, `${pagePath} at ${width} px`);
        }
        await site.visit(EVENT_PAGE);
        // The title wraps only at its underscores.
        assert.equal(await page.locator('h1 wbr').count(), 3);
      } finally {
        await page.setViewportSize({ width: 1280, height: 800 });
      }
    });
  }

  // COURSE_IMPORT_COMPLETED (Next) has the longest repository names in its flow diagram.
  for (const pagePath of [EVENT_PAGE, withVersion(eventPagePath('COURSE_IMPORT_COMPLETED'), NEXT)]) {
    it(`wraps the title, the sidebar and the flow diagram of ${pagePath} only between words or at an identifier's boundaries`, async () => {
      await site.visit(pagePath);
      // Expand every category, nested ones too, so that the longest subjects (`content.object.associations`) are laid out:
      // a category with a page of its own opens with its caret button, one without with its label.
      const collapsed = page.locator(
        '.theme-doc-sidebar-menu .menu__list-item--collapsed > .menu__list-item-collapsible > :is(button.menu__caret, .menu__link--sublist-caret)',
      );
      for (let clicks = 0; clicks < 300 && (await collapsed.count()) > 0; clicks++) await collapsed.first().click();
      assert.equal(await collapsed.count(), 0, 'a sidebar category stayed closed');
      assert.equal(new URL(page.url()).pathname, pagePath, 'opening the sidebar left the page');
      const breaks = await page.evaluate(() => {
        /**
         * Each line break inside a text node, as the two characters around it; fine at a space, after a boundary or
         * between CamelCase words. (A break between two text nodes is between elements, or at an identifier's `<wbr>`.)
         */
        const midWord: string[] = [];
        for (const element of Array.from(
          document.querySelectorAll(
            'h1, .theme-doc-sidebar-menu .menu__link, figure[data-diagram="flow"] li, figure[data-diagram="flow"] p',
          ),
        )) {
          const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
          const chars: Array<{ char: string; top: number; node: Node }> = [];
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (let i = 0; i < node.textContent!.length; i++) {
              const range = document.createRange();
              range.setStart(node, i);
              range.setEnd(node, i + 1);
              const rect = range.getClientRects()[0];
              if (rect) chars.push({ char: node.textContent![i], top: rect.top, node });
            }
          }
          for (let i = 1; i < chars.length; i++) {
            if (
              chars[i].node === chars[i - 1].node &&
              chars[i].top > chars[i - 1].top + 2 &&
              !/[\s._/-]/.test(chars[i - 1].char) &&
              !/\s/.test(chars[i].char) &&
              !/[a-z0-9][A-Z]/.test(chars[i - 1].char + chars[i].char)
            ) {
              midWord.push(`${element.textContent}: ${chars[i - 1].char} / ${chars[i].char}`);
            }
          }
        }
        return midWord;
      });
      assert.deepEqual(breaks, []);
      assert.ok(
        (await page.locator('.theme-doc-sidebar-menu .menu__link wbr').count()) > 10,
        'the sidebar has no identifier that may wrap',
      );
    });
  }

  for (const width of [390, 360]) {
    it(`shows the site's name beside the search box at ${width} px`, async () => {
      await page.setViewportSize({ width, height: 800 });
      try {
        await site.visit(EVENT_PAGE);
        const name = page.locator('.navbar__inner .navbar__title');
        assert.equal(await name.evaluate((el) => el.scrollWidth <= el.clientWidth), true, 'the site name is cut short');
        const title = await name.boundingBox();
        const search = await page.getByRole('combobox').or(page.locator('.navbar__search-input')).first().boundingBox();
        assert.ok(title && search, 'no site name or no search box');
        assert.ok(
          title.x + title.width <= search.x,
          `the name ends at ${title.x + title.width} px, the search box starts at ${search.x} px`,
        );
        assert.ok(search.x + search.width <= width, `the search box ends at ${search.x + search.width} px`);
      } finally {
        await page.setViewportSize({ width: 1280, height: 800 });
      }
    });
  }

  it('filters the catalog at 390 px, each event a card', async () => {
    await page.setViewportSize({ width: 390, height: 900 });
    try {
      await site.visit('/docs/events');
      const rows = page.locator('main table tbody tr');
      assert.equal(await rows.first().evaluate((tr) => getComputedStyle(tr).display), 'block');
      await page.locator('input[name="filter"]').fill('catalog_info');
      assert.equal(await rows.count(), 1);
      assert.equal(await rows.first().locator('td[data-label="Domain"]').innerText(), 'content_authoring');
      const box = await rows.first().boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= 390, `the card does not fit: ${JSON.stringify(box)}`);
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });
});
