/**
 * The releases page: every openedx-events release that defines events, with
 * its date and what it changed (events added, removed and renamed; fields
 * added, removed and changed, breaking marked by the compatibility rules), the
 * named Open edX releases and the openedx-events release each pins, and a
 * matrix of the events in each named release. Everything is computed from the
 * replayed histories (scripts/lib/release-history.ts).
 */
import { CHANGE_DIRECTIONS } from '../../../src/compatibility-rules';
import { NAMED_RELEASES, releaseLabel, UPSTREAM_RELEASES } from '../../../src/events/releases';
import { COMPARE_PAGE_PATH, eventPagePath, RELEASES_PAGE_PATH, schemaArchivePath, schemaDir, VERSIONS_GUIDE_PATH } from '../../../src/site';
import type { Catalog } from '../catalog';
import { GENERATED_NOTE } from '../json-schema';
import type { Outputs } from '../outputs';
import { compareEventBetween, compareEventsBetween, previousRelease, type EventComparison, type ReleaseHistory } from '../release-history';
import { escapeMdxText, relativeUrl } from './mdx';

/** The anchor of a release's section: `release-9-15-0`. */
export function releaseAnchor(release: string): string {
  return `release-${release.replaceAll('.', '-')}`;
}

const SIGN = { added: '+', removed: '−', changed: '~' } as const;

function eventLink(signal: string, current: Set<string>): string {
  return current.has(signal) ? `[${signal}](${relativeUrl(RELEASES_PAGE_PATH, eventPagePath(signal))})` : signal;
}

function comparisonLines(c: EventComparison, current: Set<string>): string[] {
  const mark = c.breaking ? ' **breaking**' : '';
  const name = eventLink(c.signal, current);
  if (c.status === 'added') return [`- ${name} added, as \`${c.toType}\``];
  if (c.status === 'removed') return [`- ${name} removed (it was \`${c.fromType}\`)${mark}`];
  const head = c.status === 'renamed' ? `- ${name}: event type \`${c.fromType}\` → \`${c.toType}\`${mark}` : `- ${name}${mark}`;
  const fields = c.changes.map(
    (x) =>
      `  - ${SIGN[CHANGE_DIRECTIONS[x.kind]]} ${x.field ? `\`${x.field}\`` : 'event'}: ${escapeMdxText(x.detail)}${x.breaking ? ` (breaking: ${x.kind})` : ''}`,
  );
  return [head, ...fields];
}

/** One release's section: its date, its named release, its schema set, and what it changed. */
function releaseSection(history: ReleaseHistory, release: string, date: string, cut: string[], current: Set<string>): string {
  const previous = previousRelease(release);
  const changes = previous
    ? compareEventsBetween(history, previous, release).filter((c) => c.status !== 'unchanged')
    : compareEventsBetween(history, release, release).map((c) => ({ ...c, status: 'added' as const, fromType: null }));
  const set = cut.includes(release) ? 'frozen when this site cut it' : 'derived from the histories';
  const links = `[schemas](pathname://${schemaDir(release)}index.json) · [archive](pathname://${schemaArchivePath(release)}) (${set})`;
  const breaking = changes.filter((c) => c.breaking).length;
  const summary = previous
    ? `${changes.length} event(s) changed since ${previous}${breaking ? `, ${breaking} of them in a breaking way` : ''}.`
    : `The first release that defines events: ${changes.length}.`;
  const body = changes.length
    ? changes.flatMap((c) => comparisonLines(c, current)).join('\n')
    : 'No event changed: the release changed other parts of the library.';
  return `## ${releaseLabel(release)} \\{#${releaseAnchor(release)}}\n\nReleased ${date}. ${summary} ${links}\n\n${body}\n`;
}

type Cell = 'present' | 'changed' | 'renamed' | 'added' | 'absent';
const CELL_TEXT: Record<Cell, string> = { present: '✓', changed: 'changed', renamed: 'renamed', added: 'new', absent: '—' };

/** Events by named release (and the latest release): present, changed or renamed since the previous column, or absent. */
function matrix(history: ReleaseHistory, current: Set<string>): string {
  const columns = [
    ...NAMED_RELEASES.flatMap((n) => (n.release ? [{ label: `${n.name} (${n.release})`, release: n.release }] : [])),
    { label: `Latest (${UPSTREAM_RELEASES.at(-1)!.release})`, release: UPSTREAM_RELEASES.at(-1)!.release },
  ];
  const signals = [...history.events.keys()].sort();
  const rows = signals.flatMap((signal) => {
    const cells = columns.map((col, i): Cell => {
      const now = history.eventAt(signal, col.release);
      if (!now) return 'absent';
      if (i === 0) return 'present';
      const before = history.eventAt(signal, columns[i - 1].release);
      if (!before) return 'added';
      if (before.definition.eventType !== now.definition.eventType) return 'renamed';
      return compareEventBetween(history, signal, columns[i - 1].release, col.release)?.status === 'changed' ? 'changed' : 'present';
    });
    return cells.every((c) => c === 'absent') ? [] : [`| ${eventLink(signal, current)} | ${cells.map((c) => CELL_TEXT[c]).join(' | ')} |`];
  });
  return [`| Event | ${columns.map((c) => c.label).join(' | ')} |`, `|---|${columns.map(() => '---').join('|')}|`, ...rows].join('\n');
}

export function releasesPageOutputs({ history, releases, events, removed }: Catalog): Outputs {
  // Every event with a page: those defined today and those removed upstream.
  const current = new Set([...events, ...removed].map((e) => e.definition.signal));
  const named = NAMED_RELEASES.map(
    (n) => `| ${n.name} | ${n.release ? `[${n.release}](#${releaseAnchor(n.release)})` : 'not known'} | ${escapeMdxText(n.evidence)} |`,
  ).join('\n');
  const sections = [...UPSTREAM_RELEASES]
    .reverse()
    .map((r) => releaseSection(history, r.release, r.date, releases, current))
    .join('\n');
  const mdx = `---
title: Releases
description: Every openedx-events release that defines events, what it changed, and the events of each named Open edX release.
sidebar_position: 4
---

{/* ${GENERATED_NOTE} */}

Every openedx-events release that defines events, newest first, with the date of its tag and what it changed,
computed by replaying the history of each event and data class. A change is marked **breaking** when the
[compatibility rules](${relativeUrl(RELEASES_PAGE_PATH, VERSIONS_GUIDE_PATH)}) say consumers of the earlier release cannot read it. Every release has
a schema set to download; a release this site did not cut has one derived from the histories, whose bytes are
locked. To see everything that changed between any two releases, [compare them](${COMPARE_PAGE_PATH}); from a
terminal, \`npm run diff -- <from> <to>\` prints the same as Markdown.

## Named Open edX releases \\{#named-releases}

Which openedx-events release each named Open edX release runs, with where that can be read.

| Open edX release | openedx-events | Evidence |
|---|---|---|
${named}

## Events by named release \\{#matrix}

✓ present as in the previous column · changed: its fields changed since the previous column · renamed: its
event type changed · new: added since the previous column · —: absent.

${matrix(history, current)}

${sections}`;
  return new Map([['docs/events/releases.mdx', mdx]]);
}
