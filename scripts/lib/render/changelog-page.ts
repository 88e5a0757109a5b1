/**
 * The site-wide changelog: every event's change history and every ADR's,
 * newest first, on a page and as an Atom feed; and, once a release exists,
 * the schema changes not released yet.
 */
import type { AdrIndexData, ChangelogData, ChangelogEntry, EventPageData } from '../../../src/reference-data';
import { CHANGELOG_FEED_PATH, CHANGELOG_PAGE_PATH, DEFAULT_SITE_URL, eventPagePath, NEXT, withVersion } from '../../../src/site';
import { changeData, type Compatibility } from '../compatibility';
import { GENERATED_NOTE } from '../json-schema';
import { jsonText, type Outputs } from '../outputs';
import { sha256, staticFile } from '../schema-set';
import type { Catalog } from '../catalog';
import { compareText } from '../sorting';

/** How many of the newest entries the feed carries. */
export const FEED_SIZE = 100;

/** Sibling events share history entries: one changelog entry per release and summary, listing every event. */
function eventEntries(pages: EventPageData[]): ChangelogEntry[] {
  const byKey = new Map<string, ChangelogEntry>();
  for (const page of pages) {
    for (const h of page.history) {
      const key = `${h.release}\n${h.summary}`;
      let entry = byKey.get(key);
      if (!entry) {
        entry = {
          id: `release-${h.release}-${sha256(h.summary).slice(0, 8)}`,
          date: h.date,
          kind: 'event',
          release: h.release,
          summary: h.summary,
          breaking: false,
          subjects: [],
        };
        byKey.set(key, entry);
      }
      entry.breaking ||= h.breaking;
      entry.subjects.push({ label: page.signal, path: `${eventPagePath(page.signal)}#release-${h.release}`, changes: h.changes });
    }
  }
  return [...byKey.values()];
}

/**
 * An ADR's history entries; two on one date get `-2`, `-3`... after the
 * first (counted from the oldest, so adding an entry never renames one).
 */
function adrEntries(adrIndex: AdrIndexData): ChangelogEntry[] {
  return adrIndex.adrs.flatMap((adr) => {
    const onDate = new Map<string, number>();
    const ids = [...adr.history].reverse().map((h) => {
      const n = (onDate.get(h.date) ?? 0) + 1;
      onDate.set(h.date, n);
      return `adr-${adr.series}-${adr.adr}-${h.date}${n === 1 ? '' : `-${n}`}`;
    });
    return adr.history.map((h, i) => ({
      id: ids[adr.history.length - 1 - i],
      date: h.date,
      kind: 'adr' as const,
      release: null,
      summary: h.change,
      breaking: false,
      subjects: [{ label: `${adr.label}: ${adr.title.replace(/^\d+\.\s*/, '')}`, path: `${adr.path}#change-history`, changes: [] }],
    }));
  });
}

export function changelogData(adrIndex: AdrIndexData, pages: EventPageData[], compat: Compatibility): ChangelogData {
  const entries = [...eventEntries(pages), ...adrEntries(adrIndex)];
  for (const e of entries) e.subjects.sort((a, b) => compareText(a.label, b.label));
  entries.sort((a, b) => compareText(b.date, a.date) || compareText(a.kind, b.kind) || compareText(a.id, b.id));
  const seen = new Set<string>();
  for (const { id } of entries) {
    // Entry ids are the page's anchors and the feed's entry ids: one entry each.
    if (seen.has(id)) throw new Error(`two changelog entries have the id ${id}`);
    seen.add(id);
  }
  return {
    $comment: GENERATED_NOTE,
    unreleased: compat.latest
      ? {
          since: compat.latest,
          events: compat.sinceLatest.map((d) => ({
            signal: d.signal,
            eventType: d.eventType,
            path: eventPagePath(d.signal),
            status: d.status,
            changes: d.changes.map(changeData),
          })),
        }
      : null,
    entries,
  };
}

function entryText(entry: ChangelogEntry): string {
  const lines = entry.subjects.map((s) => {
    const fields = s.changes.map((c) => `${c.kind} ${c.field}`).join(', ');
    return `${s.label}${fields ? `: ${fields}` : ''}`;
  });
  return `${entry.summary}${entry.breaking ? ' (breaking)' : ''}\n${lines.join('\n')}`;
}

/**
 * Text as XML character data: characters XML 1.0 cannot carry (control
 * characters, lone surrogates, U+FFFE and U+FFFF) become U+FFFD, and the
 * markup characters are escaped, so any text (`]]>` included) stays text.
 */
export function xmlText(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const atomDate = (date: string) => `${date}T00:00:00.000Z`;

/**
 * The Atom feed, written out rather than through a feed library: every
 * entry's title and summary are plain text (`type="text"`), escaped, and the
 * feed is dated by its newest entry rather than by the clock. Its entries come
 * from the current definitions, so they link to the changelog page that has
 * them all: Next's once a release exists (the latest release's page lacks what
 * came after it). Entry ids stay the same whatever page they link to.
 */
export function changelogFeed(data: ChangelogData, pageVersion = ''): string {
  const pageUrl = `${DEFAULT_SITE_URL}${CHANGELOG_PAGE_PATH}`;
  const entryPage = `${DEFAULT_SITE_URL}${withVersion(CHANGELOG_PAGE_PATH, pageVersion)}`;
  const newest = data.entries[0]?.date ?? '1970-01-01';
  const element = (indent: string, name: string, text: string, type?: 'text') =>
    `${indent}<${name}${type ? ` type="${type}"` : ''}>${xmlText(text)}</${name}>`;
  const entries = data.entries.slice(0, FEED_SIZE).flatMap((entry) => {
    const who =
      entry.kind === 'adr'
        ? entry.subjects[0].label
        : entry.subjects.length === 1
          ? entry.subjects[0].label
          : `${entry.subjects.length} events`;
    return [
      '    <entry>',
      element('        ', 'title', `${entry.release ?? entry.date}: ${who}: ${entry.summary}`, 'text'),
      element('        ', 'id', `${pageUrl}#${entry.id}`),
      `        <link href="${xmlText(`${entryPage}#${entry.id}`)}"/>`,
      element('        ', 'updated', atomDate(entry.date)),
      element('        ', 'summary', entryText(entry), 'text'),
      '    </entry>',
    ];
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    element('    ', 'id', pageUrl),
    element('    ', 'title', 'Open edX events: changelog', 'text'),
    element('    ', 'updated', atomDate(newest)),
    element('    ', 'generator', 'scripts/generate.ts'),
    `    <link rel="alternate" href="${xmlText(pageUrl)}"/>`,
    `    <link rel="self" href="${xmlText(`${DEFAULT_SITE_URL}${CHANGELOG_FEED_PATH}`)}"/>`,
    element('    ', 'subtitle', 'Changes to Open edX event definitions and to the ADRs behind them, newest first.', 'text'),
    element('    ', 'rights', 'Descriptions written for this site; the event catalog is that of openedx-events.', 'text'),
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

function changelogPageMdx(): string {
  return `---
title: Changelog
slug: /changelog
description: Every change to the Open edX event definitions and to the ADRs, newest first, with an Atom feed.
sidebar_position: 3
toc_max_heading_level: 2
---

{/* ${GENERATED_NOTE} */}

import changelog from './changelog.data.json';

Every change to an event's schema and to an ADR, newest first. Follow it in a feed reader:
[Atom feed](pathname://${CHANGELOG_FEED_PATH}).

<Changelog data={changelog} />
`;
}

export function changelogOutputs({ adrIndex, events, compat, releases }: Catalog): Outputs {
  const data = changelogData(
    adrIndex,
    events.map((e) => e.page),
    compat,
  );
  return new Map([
    ['docs/events/changelog.mdx', changelogPageMdx()],
    ['docs/events/changelog.data.json', jsonText(data)],
    [staticFile(CHANGELOG_FEED_PATH), changelogFeed(data, releases.length ? NEXT : '')],
  ]);
}
