/** The ADR index (`adr/_generated/adrs.json`): every ADR's front matter and the events that cite it. */
import type { AdrData, AdrIndexData, AdrRef } from '../../../src/reference-data';
import { adrPagePath, adrShortPathOf, eventPagePath } from '../../../src/site';
import { adrLabel, type AdrSource } from '../adr-source';
import type { Catalog } from '../catalog';
import type { CheckedEvent } from '../checks';
import { GENERATED_NOTE } from '../json-schema';
import { jsonText, type Outputs } from '../outputs';
import { compareText } from '../sorting';
import { releaseDate } from '../../../src/events/releases';
import type { ReleaseHistory } from '../release-history';

/** How pages link to an ADR. */
export function adrRefOf({ meta }: AdrSource): AdrRef {
  return { label: adrLabel(meta), title: meta.title, path: adrPagePath(meta.slug) };
}

/** An openedx-events ADR by its number, as events cite them. */
export type AdrRefOf = (n: number) => AdrRef;

export function adrRefs(adrs: AdrSource[]): AdrRefOf {
  const byNumber = new Map(adrs.filter((a) => a.meta.series === 'openedx-events').map((a) => [a.meta.adr, a]));
  return (n) => {
    const adr = byNumber.get(n);
    if (!adr) throw new Error(`ADR ${n} is unknown (the checks should have caught this)`);
    return adrRefOf(adr);
  };
}

/** The ADRs with what cites them: excluded fields, and the releases they decided (of an event or of a class it uses). */
export function adrIndexData(adrs: AdrSource[], events: CheckedEvent[], history: ReleaseHistory): AdrIndexData {
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
        history
          .eventReleases(e.signal)
          .filter((r) => cites(r.adr))
          .map((r) => ({
            signal: e.signal,
            eventPath: eventPagePath(e.signal),
            release: r.release,
            date: releaseDate(r.release),
            summary: r.summaries.join(' '),
            breaking: r.breaking,
          })),
      ),
    };
  });
  rows.sort((a, b) => compareText(a.series, b.series) || a.adr - b.adr);
  return { $comment: GENERATED_NOTE, adrs: rows };
}

export function adrIndexOutputs({ adrIndex }: Catalog): Outputs {
  return new Map([['adr/_generated/adrs.json', jsonText(adrIndex)]]);
}
