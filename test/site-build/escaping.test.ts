/**
 * Arbitrary text in every free-text slot, through a real build: one batch of
 * strings (fixed regression rows, then fast-check strings from a seed) goes
 * into a probe event and a probe ADR on a temporary copy of the site, which
 * is generated and built once. Each built page that shows a string must show
 * it as text: parsed by Chromium (JavaScript off, so what the server sends),
 * every text node holding a string's end marker holds the whole string
 * before it, whitespace-normalized where Markdown collapses it, and no
 * element, script or event handler comes from a string. The Atom feed
 * parses in strict mode and carries the strings too.
 *
 * `EVENTS_SEED=<n>` runs another batch; every failure names the seed, the
 * slot and the string.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { Browser } from 'playwright-core';
import sax from 'sax';
import {
  adrPagePath,
  CHANGELOG_FEED_PATH,
  CHANGELOG_PAGE_PATH,
  dataTypePagePath,
  eventPagePath,
  KNOWN_ISSUES_PAGE_PATH,
  NEXT,
  withVersion,
} from '../../src/site';
import { launchChromium } from '../support/browser';
import { makeTempSite, runScriptWith } from '../support/temp-site';
import { parseInline, type InlineNode } from '../../src/components/InlineMarkdown/parse';

const SEED = Number(process.env.EVENTS_SEED ?? 20261130);
const TODAY = '2026-11-30';
const SIGNAL = 'PROBE_EVENT';
const ADR_SLUG = '/openedx-events/0099-escaping-probe';

/** The built pages a string can show on, by the path a reader visits (the probe exists on Next only). */
const PAGES = {
  event: withVersion(eventPagePath(SIGNAL), NEXT),
  thingType: withVersion(dataTypePagePath('probe', 'ProbeThing'), NEXT),
  pairType: withVersion(dataTypePagePath('probe', 'ProbePair'), NEXT),
  knownIssues: withVersion(KNOWN_ISSUES_PAGE_PATH, NEXT),
  changelog: withVersion(CHANGELOG_PAGE_PATH, NEXT),
  adr: withVersion(adrPagePath(ADR_SLUG), NEXT),
} as const;
type PageName = keyof typeof PAGES;

/**
 * The free-text slots, each with the pages that must show it; the slots that
 * go through Markdown (data class descriptions, exception reasons on Known
 * issues) and YAML (front matter) come first, so the fixed rows land there.
 */
const SLOTS = {
  pairClass: ['pairType', 'event'],
  thingClass: ['thingType', 'event'],
  keyFieldReason: ['knownIssues', 'event'],
  busReason: ['knownIssues', 'event'],
  description: ['event'],
  adrTitle: ['adr', 'event', 'changelog', 'feed'],
  adrChange1: ['adr', 'changelog', 'feed'],
  adrChange2: ['adr', 'changelog', 'feed'],
  fieldA: ['event', 'thingType'],
  fieldB: ['event', 'thingType'],
  fieldD: ['event', 'pairType'],
  otherObject: ['event'],
  fieldC: ['event'],
  trigger1: ['event'],
  trigger2: ['event'],
  use1: ['event'],
  use2: ['event'],
  sourceNote1: ['event'],
  sourceNote2: ['event'],
  excluded1: ['event', 'adr'],
  excluded2: ['event', 'adr'],
  summary1: ['event', 'changelog', 'feed'],
  summary2: ['event', 'changelog', 'feed', 'adr'],
  summary3: ['event', 'changelog', 'feed'],
} satisfies Record<string, Array<PageName | 'feed'>>;
type SlotName = keyof typeof SLOTS;

/**
 * Fixed rows, first into the Markdown slots: what did not survive them while
 * escapeMdxText escaped only braces, angle brackets and backslashes (the
 * first batch found the list item and the autolinks; with the first row the
 * build failed); then markup, into the description.
 */
const REGRESSIONS = [
  // At the start of a data type page's paragraph: blanks (an indented code block), then `import ` (MDX reads JavaScript).
  '    import x from "y"\n\nexport const a = 1',
  // A list item at the start of a paragraph; a heading, a quote and an ordered list after line endings.
  '- item\n# heading\n> quote\n\n1. item',
  // GFM autolinks.
  'https://example.com www.example.com a@example.com',
  // Inline constructs, a character reference, a table row, an admonition, an expression, a tag (no autolink: escaped, not a string).
  '&amp; *em* _em_ **strong** ~~del~~ [a](b) `code` | a | b | :::note {x} <b> \\',
  // Markup, in an event's description (React, and the page's description meta tag).
  '</script><script>alert(1)</script><img src=x onerror=alert(1)> {x} \\ ]]> &amp;',
];

/** The pieces that make trouble somewhere between a definition and a page. */
const TOKENS = [
  '{',
  '}',
  '{x}',
  '{/* x */}',
  '<script>alert(1)</script>',
  '</script><script>alert(1)</script>',
  '</',
  '</p>',
  '<img src=x onerror=alert(1)>',
  '<!-- x -->',
  '`',
  '```',
  '\\',
  '\\{',
  ']]>',
  '&amp;',
  '&lt;b&gt;',
  '&#123;',
  '*',
  '_',
  '*em* _em_ **strong** ~~del~~',
  '[',
  ']',
  '(',
  ')',
  '[a link](https://example.com)',
  'https://example.com www.example.com a@example.com',
  '\n',
  '\n\n',
  '  \n',
  '\r\n',
  '\t',
  '# heading',
  '- item',
  '1. item',
  '> quote',
  '| a | b |',
  ':::note',
  '---',
  'import x from "y"',
  'export const a = 1',
  '"',
  "'",
  '$',
  '%',
  '😀',
  '👩‍👩‍👧',
  '\u200F',
  '\u202E',
  '\u2066',
  '\u00A0',
  '\u2028',
  '\u0007',
  '\u000B',
  '\u007F',
  '\u0085',
  '\uFEFF',
  '\uFFFE',
  'ﷺ',
  'مرحبا',
];

/**
 * Characters no page can carry as text whatever the escaping: NUL (HTML
 * parsers drop it) and lone surrogates (UTF-8 cannot encode them); and the
 * marker brackets, which the test keeps for itself.
 */
const uncarried = (text: string) => text.replaceAll('\u0000', '').replace(/\p{Cs}|[⟦⟧]/gu, '');

const piece = fc.oneof(
  { arbitrary: fc.constantFrom(...TOKENS), weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 }), weight: 1 },
);
const anyText = fc.array(piece, { minLength: 1, maxLength: 8 }).map((pieces) => uncarried(pieces.join('')));

/**
 * What a slot must hold besides its drawn string: an ADR's title goes into
 * the breadcrumbs' JSON-LD `<script>` (src/theme/DocBreadcrumbs/StructuredData
 * escapes it there), so it always carries a closing tag and a comment opener.
 */
const ALSO: Partial<Record<SlotName, string>> = { adrTitle: ' </script><script>alert(1)</script> <!--' };

/** One string per slot: the regression rows, then strings drawn from the seed. */
function batch(): Map<SlotName, string> {
  const names = Object.keys(SLOTS) as SlotName[];
  const drawn = [...REGRESSIONS, ...fc.sample(anyText, { seed: SEED, numRuns: names.length })];
  return new Map(names.map((name, i) => [name, `${drawn[i]}${ALSO[name] ?? ''}`]));
}

/** Each slot's text ends with a marker of its own, which finds it on the pages. */
const marker = (slot: SlotName) => `⟦${Object.keys(SLOTS).indexOf(slot)}⟧`;

/** The text a string shows once rendered as a description's inline Markdown (src/components/InlineMarkdown). */
function markdownText(source: string): string {
  const text = (nodes: InlineNode[]): string => nodes.map((n) => ('children' in n ? text(n.children) : n.text)).join('');
  return text(parseInline(source));
}

/** Whitespace as Markdown and HTML collapse it: runs of ASCII whitespace are one space. */
const collapse = (text: string) => text.replace(/[ \t\n\r\f]+/g, ' ');

function probeEvent(text: (slot: SlotName) => string): string {
  const q = (slot: SlotName) => JSON.stringify(text(slot));
  return `import { z } from 'zod';
import { dataClass, defineEvent } from '../model';

const added = (fields: Record<string, z.ZodTypeAny>) => [{ release: '11.0.0', summary: 'Added.', breaking: false, added: fields }];
const pair = dataClass(
  { name: 'ProbePair', module: 'probe', description: ${q('pairClass')}, history: added({ d: z.string() }) },
  z.object({ d: z.string().describe(${q('fieldD')}) }),
);
const thing = dataClass(
  { name: 'ProbeThing', module: 'probe', description: ${q('thingClass')}, history: added({ a: z.string(), b: z.string(), pair }) },
  z.object({ a: z.string().describe(${q('fieldA')}), b: z.string().describe(${q('fieldB')}), pair }),
);
const other = z.object({ c: z.string().describe(${q('fieldC')}) }).describe(${q('otherObject')});

export default defineEvent({
  signal: ${JSON.stringify(SIGNAL)},
  eventType: 'org.openedx.probe.thing.happened.v1',
  description: ${q('description')},
  keyField: 'thing.nowhere',
  keyFieldSince: '11.2.0',
  producers: [
    { repository: 'openedx/openedx-platform', service: 'lms', trigger: ${q('trigger1')}, source: { url: 'https://github.com/openedx/openedx-platform/blob/0123456789abcdef0123456789abcdef01234567/lms/a.py#L1', confidence: 'read', note: ${q('sourceNote1')} } },
    { repository: 'openedx/openedx-platform', service: 'cms', trigger: ${q('trigger2')}, source: { url: 'https://github.com/openedx/openedx-platform/blob/0123456789abcdef0123456789abcdef01234567/cms/b.py', confidence: 'excerpt' } },
  ],
  consumers: [
    { repository: 'openedx/course-discovery', service: 'discovery', use: ${q('use1')}, kind: 'event-bus-consumer', source: { url: 'https://github.com/openedx/course-discovery/blob/0123456789abcdef0123456789abcdef01234567/c.py#L2-L3', confidence: 'read', note: ${q('sourceNote2')} } },
    { repository: 'openedx/credentials', service: 'credentials', use: ${q('use2')}, kind: 'django-receiver', source: { url: 'https://github.com/openedx/credentials/blob/0123456789abcdef0123456789abcdef01234567/d.py#L4', confidence: 'read' } },
  ],
  // \`other\` is not a data class, so the event bus cannot carry the event: the exception is needed.
  data: { thing, other },
  examples: [{ thing: { a: 'a', b: 'b', pair: { d: 'd' } }, other: { c: 'c' } }],
  excludedFields: [
    { field: 'thing.gone1', reason: ${q('excluded1')}, adr: 99 },
    { field: 'thing.gone2', reason: ${q('excluded2')}, adr: 99 },
  ],
  history: [
    { release: '11.0.0', summary: ${q('summary1')}, breaking: false, added: { thing, other } },
    { release: '11.1.0', summary: ${q('summary2')}, breaking: false, adr: 99 },
    { release: '11.2.0', summary: ${q('summary3')}, breaking: false },
  ],
  exceptions: [
    { rule: 'key-field-resolves', reason: ${q('keyFieldReason')} },
    { rule: 'event-bus-serializable', reason: ${q('busReason')} },
  ],
});
`;
}

/** The probe ADR; its front matter's strings are JSON strings, which YAML reads as double-quoted strings. */
function probeAdr(text: (slot: SlotName) => string): string {
  return `---
adr: 99
series: openedx-events
title: ${JSON.stringify(`99. Probe: ${text('adrTitle')}`)}
slug: ${ADR_SLUG}
status: Accepted
date: "2026-11-01"
related_events:
  - ${SIGNAL}
history:
  - date: "2026-11-03"
    change: ${JSON.stringify(text('adrChange2'))}
  - date: "2026-11-01"
    change: ${JSON.stringify(text('adrChange1'))}
---

import adrs from '../_generated/adrs.json';

## Status \\{#status}

<AdrStatus />

## Decision \\{#decision}

<AdrExcludedFields data={adrs} />

## Change history \\{#change-history}

<AdrChangeHistory data={adrs} />
`;
}

/** The built HTML file of a path (the site has no trailing slashes: `x.html`, or `x/index.html` for a folder's index). */
function builtFile(dir: string, page: string): string {
  const base = path.join(dir, 'build', page);
  for (const file of [`${base}.html`, path.join(base, 'index.html')]) if (fs.existsSync(file)) return file;
  throw new Error(`${page} was not built`);
}

interface Found {
  /** Text nodes and attribute values that hold a marker, outside scripts. */
  texts: Array<{ marker: string; text: string; block?: string; where: string }>;
  /** Inline scripts: their type and text. */
  scripts: Array<{ type: string; text: string }>;
  /** Attributes named on*: event handlers. */
  handlers: string[];
}

/** What a page holds of the markers, read from the DOM Chromium parses from the HTML. */
async function readPage(browser: Browser, html: string, markers: string[]): Promise<Found> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'domcontentloaded' });
    return await page.evaluate((markers) => {
      const found: Found = { texts: [], scripts: [], handlers: [] };
      const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement?.tagName.toLowerCase() ?? '';
        if (parent === 'script' || parent === 'style') continue;
        const text = node.nodeValue ?? '';
        // Descriptions are inline Markdown: their text may be split by <code>, <em>, <strong> or <a>; the whole is the block's text.
        const block = node.parentElement?.closest('p, li, dd, dt, td, th, div, span, h1, h2, h3, summary')?.textContent ?? text;
        for (const m of markers) if (text.includes(m)) found.texts.push({ marker: m, text, block, where: `text in <${parent}>` });
      }
      for (const element of Array.from(document.querySelectorAll('*'))) {
        for (const attribute of Array.from(element.attributes)) {
          if (attribute.name.startsWith('on')) found.handlers.push(`<${element.tagName.toLowerCase()} ${attribute.name}>`);
          for (const m of markers) {
            if (attribute.value.includes(m))
              found.texts.push({ marker: m, text: attribute.value, where: `${attribute.name}= of <${element.tagName.toLowerCase()}>` });
          }
        }
      }
      for (const script of Array.from(document.querySelectorAll('script:not([src])'))) {
        found.scripts.push({ type: script.getAttribute('type') ?? '', text: script.textContent ?? '' });
      }
      return found;
    }, markers);
  } finally {
    await context.close();
  }
}

/** The text of each Atom entry's title and summary, read by a strict XML parser (which throws on anything not well-formed). */
function feedTexts(xml: string): string[] {
  const parser = sax.parser(true);
  const texts: string[] = [];
  const open: string[] = [];
  parser.onerror = (error) => {
    throw error;
  };
  parser.onopentag = (tag) => {
    open.push(tag.name);
    if (tag.name === 'title' || tag.name === 'summary') texts.push('');
  };
  parser.onclosetag = () => void open.pop();
  parser.ontext = (text) => {
    if (open.at(-1) === 'title' || open.at(-1) === 'summary') texts[texts.length - 1] += text;
  };
  parser.write(xml).close();
  return texts;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** What XML carries of a string: the characters XML 1.0 forbids become U+FFFD (scripts/lib/render/changelog-page.ts). */
const xmlCarried = (text: string) => text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD');

describe(`free text through a real build (seed ${SEED})`, () => {
  const texts = batch();
  const text = (slot: SlotName) => `${texts.get(slot)!}${marker(slot)}`;
  const slotOf = new Map((Object.keys(SLOTS) as SlotName[]).map((slot) => [marker(slot), slot]));
  /** Every failure says how to run this batch again, and which string it was. */
  const about = (slot: SlotName, detail: string) =>
    `seed ${SEED} (EVENTS_SEED=${SEED} runs this batch again), slot ${slot}, string ${JSON.stringify(texts.get(slot))}: ${detail}`;
  let dir: string;
  let browser: Browser;

  before(async () => {
    dir = makeTempSite();
    fs.mkdirSync(path.join(dir, 'src/events/probe'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'src/events/probe/probe.event.ts'), probeEvent(text));
    fs.writeFileSync(path.join(dir, 'adr/openedx-events/0099-escaping-probe.mdx'), probeAdr(text));
    // The probe joins the schema sets derived for 11.0.0 to 11.1.1: the copy's lock is renewed for it.
    const locked = runScriptWith(dir, { EVENTS_TODAY: TODAY }, 'lock-schemas');
    assert.equal(locked.status, 0, `seed ${SEED}: lock-schemas failed:\n${locked.stderr}`);
    const generated = runScriptWith(dir, { EVENTS_TODAY: TODAY }, 'generate');
    assert.equal(generated.status, 0, `seed ${SEED}: generate failed:\n${generated.stderr}${generated.stdout}`);
    const built = runScriptWith(dir, {}, 'build');
    assert.equal(built.status, 0, `seed ${SEED}: the build failed:\n${built.stderr.slice(-5000)}${built.stdout.slice(-5000)}`);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  for (const page of Object.keys(PAGES) as PageName[]) {
    it(`${page}: every string shows as text, and none adds an element, a script or a handler`, async () => {
      const url = PAGES[page];
      const found = await readPage(browser, fs.readFileSync(builtFile(dir, url), 'utf8'), [...slotOf.keys()]);
      // Every problem of the page at once, each naming its slot and string.
      const problems: string[] = [];
      for (const [slot, pages] of Object.entries(SLOTS) as Array<[SlotName, string[]]>) {
        if (pages.includes(page) && !found.texts.some((t) => t.marker === marker(slot) && t.where.startsWith('text'))) {
          problems.push(about(slot, `not shown as text on ${url}`));
        }
      }
      for (const { marker: m, text: shown, block, where } of found.texts) {
        const slot = slotOf.get(m)!;
        // Markdown drops the blanks a paragraph starts with.
        const expected = collapse(texts.get(slot)!).trimStart() + m;
        // Where a description is rendered as inline Markdown (issue 15), the text is what its Markdown says:
        // code, emphasis and links become elements whose text the block holds; nothing else becomes markup.
        const rendered = collapse(markdownText(texts.get(slot)!)).trimStart() + m;
        const asText = collapse(shown).includes(expected);
        const asMarkdown = block !== undefined && collapse(block).includes(rendered);
        if (!asText && !asMarkdown) problems.push(about(slot, `${where} on ${url} shows ${JSON.stringify(block ?? shown)}`));
      }
      for (const handler of found.handlers) problems.push(`seed ${SEED}: an event handler on ${url}: ${handler}`);
      for (const { type, text: code } of found.scripts) {
        const injected =
          type === 'application/ld+json' ? !isJson(code) : [...slotOf.keys(), 'alert('].some((piece) => code.includes(piece));
        if (injected) problems.push(`seed ${SEED}: a script on ${url} made or broken by a string: ${code}`);
      }
      assert.deepEqual(problems, []);
    });
  }

  it('the Atom feed parses in strict mode and carries each string', () => {
    const feed = feedTexts(fs.readFileSync(path.join(dir, 'build', CHANGELOG_FEED_PATH), 'utf8')).map(collapse);
    for (const [slot, pages] of Object.entries(SLOTS) as Array<[SlotName, string[]]>) {
      if (!pages.includes('feed')) continue;
      const expected = collapse(xmlCarried(texts.get(slot)!)) + marker(slot);
      assert.ok(
        feed.some((t) => t.includes(expected)),
        about(slot, 'not in the feed'),
      );
    }
  });
});
