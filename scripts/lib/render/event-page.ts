/** The page of one event: its data (a JSON file) and the MDX page that renders it. */
import type { EventPageData } from '../../../src/reference-data';
import { eventDocSlug, eventSlug, repositoryPagePath } from '../../../src/site';
import type { AdrSource } from '../adr-source';
import { busException, isValidAvroNamespace } from '../avro';
import type { Catalog, SchemaEvent } from '../catalog';
import { changeData, type Compatibility } from '../compatibility';
import { eventTypeParts } from '../event-type';
import { fieldRows } from '../field-model';
import { GENERATED_NOTE } from '../json-schema';
import { jsonText, type Outputs } from '../outputs';
import { adrRefOf, type AdrRefOf } from './adr-index';
import { EXCEPTION_TITLES } from './known-issues-page';
import { CHANGE_DIRECTIONS } from '../../../src/compatibility-rules';
import { releaseDate } from '../../../src/events/releases';
import { compareReleases } from '../history-replay';
import { previousRelease, type EventRelease, type ReleaseHistory } from '../release-history';
import { compareEventSchemas } from '../schema-changes';
import { NAMED_RELEASES, UPSTREAM_RELEASES } from '../../../src/events/releases';
import { eventBusData } from '../event-bus';

/**
 * Where an event's page and its data are written: `docs/events/<domain>/<subject>/<slug>`,
 * or `docs/events/removed/<slug>` for an event upstream removed.
 */
function eventDocBase(page: EventPageData): string {
  if (page.removed) return `docs/events/removed/${eventSlug(page.signal)}`;
  return `docs/events/${page.domain}/${page.subject}/${eventSlug(page.signal)}`;
}

/** The data of an event page (src/reference-data.ts), from the checked event. */
/**
 * Where the event stands in each named Open edX release, against the page's
 * own schema: its event type there, and the changes between the two (from the
 * older to the newer).
 */
function namedReleaseData(event: SchemaEvent, history: ReleaseHistory, asOf: string | undefined): EventPageData['namedReleases'] {
  const page = { json: event.schema, avro: event.avro };
  return NAMED_RELEASES.flatMap(({ name, release }) => {
    if (!release) return [];
    const at = history.eventAt(event.definition.signal, release);
    const older = asOf === undefined || compareReleases(release, asOf) <= 0;
    const changes = at ? (older ? compareEventSchemas(at, page) : compareEventSchemas(page, at)) : [];
    return [{ name, release, eventType: at?.definition.eventType ?? null, newer: !older, changes: changes.map(changeData) }];
  });
}

/** The event types the event had before a rename, each with the release that renamed it. */
function formerEventTypes(releases: EventRelease[]): EventPageData['formerEventTypes'] {
  return releases.flatMap((r) => (r.renamedFrom ? [{ eventType: r.renamedFrom, until: r.release }] : []));
}

export function eventPageData(
  event: SchemaEvent,
  adrs: AdrSource[],
  adrRef: AdrRefOf,
  compat: Compatibility,
  history: ReleaseHistory,
  /** The release the page documents; its history stops there. Next's pages show every release. */
  asOf?: string,
): EventPageData {
  const { definition: e, fields, avro } = event;
  const releases = history.eventReleases(e.signal).filter((r) => asOf === undefined || compareReleases(r.release, asOf) <= 0);
  const parts = eventTypeParts(e.eventType);
  const exceptions = e.exceptions ?? [];
  return {
    $comment: GENERATED_NOTE,
    signal: e.signal,
    eventType: e.eventType,
    domain: parts.domain,
    subject: parts.subject,
    action: parts.action,
    majorVersion: parts.majorVersion,
    description: e.description,
    keyField: e.keyField ?? null,
    addedIn: releases[0].release,
    removed:
      releases.at(-1)?.kind === 'removed'
        ? { in: releases.at(-1)!.release, lastRelease: previousRelease(releases.at(-1)!.release)! }
        : null,
    deprecated: e.deprecated ?? false,
    producers: e.producers.map((p) => ({ ...p, repositoryPage: repositoryPagePath(p.repository) })),
    consumers: e.consumers.map((c) => ({ ...c, repositoryPage: repositoryPagePath(c.repository) })),
    noProducerKnown: e.noProducerKnown ?? null,
    noConsumerKnown: e.noConsumerKnown ?? null,
    fields: fieldRows(fields),
    excludedFields: (e.excludedFields ?? []).map((x) => ({ field: x.field, reason: x.reason, adr: adrRef(x.adr) })),
    history: releases.map((r) => ({
      release: r.release,
      date: releaseDate(r.release),
      summary: r.summaries.join(' '),
      breaking: r.breaking,
      changes: r.changes.map((c) => ({ kind: CHANGE_DIRECTIONS[c.kind], field: c.field ?? '', note: c.detail })),
      adr: r.adr === undefined ? null : adrRef(r.adr),
    })),
    relatedAdrs: adrs.filter((a) => a.meta.related_events.includes(e.signal)).map(adrRefOf),
    exceptions: exceptions.map((x) => ({ rule: x.rule, title: EXCEPTION_TITLES[x.rule], reason: x.reason })),
    avro: avro ? { validNamespace: isValidAvroNamespace(e.eventType) } : { unavailable: busException(e) ?? '' },
    formerEventTypes: formerEventTypes(releases),
    namedReleases: namedReleaseData(event, history, asOf),
    // Next documents the newest upstream release's formats.
    eventBus:
      releases.at(-1)?.kind === 'removed' ? undefined : eventBusData(e, asOf ?? UPSTREAM_RELEASES.at(-1)!.release, avro !== null, fields),
    schemaChanges: compat.latest ? { since: compat.latest, changes: (compat.unreleased.get(e.eventType) ?? []).map(changeData) } : null,
  };
}

/** Each event's page and the JSON data beside it. */
export function eventPageOutputs({ events, removed }: Catalog): Outputs {
  const outputs: Outputs = new Map();
  for (const { definition, page, file } of [...events, ...removed]) {
    const base = eventDocBase(page);
    outputs.set(`${base}.data.json`, jsonText(page));
    outputs.set(`${base}.mdx`, eventPageMdx(page, file, definition.examples.at(0)));
  }
  return outputs;
}

function eventPageMdx(event: EventPageData, sourceFile: string, example: unknown): string {
  const slug = eventSlug(event.signal);
  return `---
title: ${JSON.stringify(event.signal)}
sidebar_label: ${JSON.stringify(event.signal)}
slug: ${JSON.stringify(eventDocSlug(event.signal))}
description: ${JSON.stringify(event.description)}
toc_max_heading_level: 2
---

{/* ${GENERATED_NOTE} Source: ${sourceFile}. */}

import event from './${slug}.data.json';

<EventSummary event={event} />

## Producers and consumers \\{#producers-and-consumers}

<FlowDiagram event={event} />

<ProducersAndConsumers event={event} />

## On the event bus \\{#event-bus}

<EventBus event={event} />

## Fields \\{#fields}

<FieldTable fields={event.fields} />

## Excluded fields \\{#excluded-fields}

<ExcludedFields event={event} />

## Change history \\{#change-history}

<ChangeHistory event={event} />

## In named Open edX releases \\{#named-releases}

<NamedReleases event={event} />

{/* Until 2026-11 this section was "JSON Schema" at #schema: links made then still land here. */}
<AnchorAlias id="schema" />

## Schemas \\{#schemas}

<SchemaDownload event={event} />

## Example payload \\{#example}

${
  example === undefined
    ? 'No example is recorded for this release: the examples of the current definition do not fit its schema here.'
    : `\`\`\`json\n${JSON.stringify(example, null, 2)}\n\`\`\``
}
`;
}
