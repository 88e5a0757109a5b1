/**
 * The site-wide changelog: every event's change history and every ADR's,
 * newest first, on a page and as an Atom feed; and, once a release exists,
 * the schema changes not released yet.
 */
import { Feed } from 'feed';
import type { AdrIndexData, ChangelogData, ChangelogEntry, EventPageData } from '../../../src/reference-data';
import {
  CHANGELOG_FEED_PATH,
  CHANGELOG_PAGE_PATH,
  DEFAULT_SITE_URL as SITE_URL,
  eventPagePath,
  NEXT,
  withVersion,
} from '../../../src/site';
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

function adrEntries(adrIndex: AdrIndexData): ChangelogEntry[] {
  return adrIndex.adrs.flatMap((adr) =>
    adr.history.map((h) => ({
      id: `adr-${adr.series}-${adr.adr}-${h.date}`,
      date: h.date,
      kind: 'adr' as const,
      release: null,
      summary: h.change,
      breaking: false,
      subjects: [{ label: `${adr.label}: ${adr.title.replace(/^\d+\.\s*/, '')}`, path: `${adr.path}#change-history`, changes: [] }],
    })),
  );
}

export function changelogData(adrIndex: AdrIndexData, pages: EventPageData[], compat: Compatibility): ChangelogData {
  const entries = [...eventEntries(pages), ...adrEntries(adrIndex)];
  for (const e of entries) e.subjects.sort((a, b) => compareText(a.label, b.label));
  entries.sort((a, b) => compareText(b.date, a.date) || compareText(a.kind, b.kind) || compareText(a.id, b.id));
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
 * The Atom feed: deterministic, dated by its newest entry rather than by the
 * clock. Its entries come from the current definitions, so they link to the
 * changelog page that has them all: Next's once a release exists (the latest
 * release's page lacks what came after it). Entry ids stay the same whatever
 * page they link to.
 */
export function changelogFeed(data: ChangelogData, pageVersion = ''): string {
  const pageUrl = `${SITE_URL}${CHANGELOG_PAGE_PATH}`;
  const entryPage = `${SITE_URL}${withVersion(CHANGELOG_PAGE_PATH, pageVersion)}`;
  const newest = data.entries[0]?.date ?? '1970-01-01';
  const feed = new Feed({
    title: 'Open edX events: changelog',
    description: 'Changes to Open edX event definitions and to the ADRs behind them, newest first.',
    id: pageUrl,
    link: pageUrl,
    updated: new Date(`${newest}T00:00:00Z`),
    generator: 'scripts/generate.ts',
    copyright: 'Descriptions written for this site; the event catalog is that of openedx-events.',
    feedLinks: { atom: `${SITE_URL}${CHANGELOG_FEED_PATH}` },
  });
  for (const entry of data.entries.slice(0, FEED_SIZE)) {
    const who =
      entry.kind === 'adr'
        ? entry.subjects[0].label
        : entry.subjects.length === 1
          ? entry.subjects[0].label
          : `${entry.subjects.length} events`;
    feed.addItem({
      title: `${entry.release ?? entry.date}: ${who}: ${entry.summary}`,
      id: `${pageUrl}#${entry.id}`,
      link: `${entryPage}#${entry.id}`,
      date: new Date(`${entry.date}T00:00:00Z`),
      description: entryText(entry),
    });
  }
  return feed.atom1().replace(/\r\n/g, '\n').trimEnd() + '\n';
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
