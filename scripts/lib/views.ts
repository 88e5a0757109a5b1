/**
 * Builds the data the site's components render (see src/reference-data.ts)
 * from the checked event definitions and the ADRs.
 */
import type { AdrData, AdrIndexData, AdrRef, EventPageData } from '../../src/reference-data';
import { adrPagePath, adrShortPathOf, eventPagePath } from '../../src/site';
import { adrLabel, type AdrSource } from './adr-source';
import type { CheckedEvent } from './checks';
import { eventTypeParts } from './event-type';
import { fieldRows } from './field-model';
import { GENERATED_NOTE } from './json-schema';

export const EXCEPTION_TITLES: Record<string, string> = {
  'event-type-pattern': 'The event type breaks the naming pattern',
  'key-field-resolves': 'The declared key field does not resolve',
  'event-bus-serializable': 'Upstream cannot send this event over the event bus',
};

export function adrRefs(adrs: AdrSource[]): (n: number) => AdrRef {
  const byNumber = new Map(adrs.filter((a) => a.meta.series === 'openedx-events').map((a) => [a.meta.adr, a]));
  return (n) => {
    const adr = byNumber.get(n);
    if (!adr) throw new Error(`ADR ${n} is unknown (the checks should have caught this)`);
    return { label: adrLabel(adr.meta), title: adr.meta.title, path: adrPagePath(adr.meta.slug) };
  };
}

export function eventPageData(
  { definition: e, fields }: CheckedEvent,
  adrRef: (n: number) => AdrRef,
  avro: EventPageData['avro'],
  schemaChanges: EventPageData['schemaChanges'],
): EventPageData {
  const parts = eventTypeParts(e.eventType);
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
    addedIn: e.history[0].release,
    deprecated: e.deprecated ?? false,
    producers: e.producers,
    consumers: e.consumers,
    fields: fieldRows(fields),
    excludedFields: (e.excludedFields ?? []).map((x) => ({ field: x.field, reason: x.reason, adr: adrRef(x.adr) })),
    history: e.history.map((h) => ({
      release: h.release,
      date: h.date,
      summary: h.summary,
      breaking: h.breaking,
      changes: h.changes,
      adr: h.adr === undefined ? null : adrRef(h.adr),
    })),
    relatedAdrs: (e.relatedAdrs ?? []).map(adrRef),
    exceptions: (e.exceptions ?? []).map((x) => ({ rule: x.rule, title: EXCEPTION_TITLES[x.rule], reason: x.reason })),
    avro,
    schemaChanges,
  };
}

export function adrIndexData(adrs: AdrSource[], events: CheckedEvent[]): AdrIndexData {
  const rows = adrs.map(({ meta }): AdrData => {
    const cites = (n: number | undefined) => meta.series === 'openedx-events' && n === meta.adr;
    return {
      series: meta.series,
      adr: meta.adr,
      label: adrLabel(meta),
      title: meta.title,
      status: meta.status,
      date: meta.date,
      path: adrPagePath(meta.slug),
      shortPath: adrShortPathOf(meta.series, meta.adr),
      history: meta.history,
      relatedEvents: meta.related_events.map((signal) => ({ signal, path: eventPagePath(signal) })),
      excludedFields: events.flatMap(({ definition: e }) =>
        (e.excludedFields ?? [])
          .filter((x) => cites(x.adr))
          .map((x) => ({
            signal: e.signal,
            eventPath: eventPagePath(e.signal),
            field: x.field,
            name: x.field.split('.').at(-1)!,
            reason: x.reason,
          })),
      ),
      eventChanges: events.flatMap(({ definition: e }) =>
        e.history
          .filter((h) => cites(h.adr))
          .map((h) => ({ signal: e.signal, eventPath: eventPagePath(e.signal), release: h.release, date: h.date, summary: h.summary, breaking: h.breaking })),
      ),
    };
  });
  rows.sort((a, b) => a.series.localeCompare(b.series) || a.adr - b.adr);
  return { $comment: GENERATED_NOTE, adrs: rows };
}
