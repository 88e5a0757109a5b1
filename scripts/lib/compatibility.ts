/**
 * The current definitions against every frozen release (forward transitive):
 * each breaking change is a problem that names the file, the event, the field
 * and the rule; the changes since the newest release feed the event pages and
 * the changelog.
 */
import { eventTypeParts } from './event-type';
import { CHANGE_KINDS, COMPATIBILITY_MODE, compareSchemaSets, type EventDiff, type SchemaChange } from './schema-changes';
import type { SchemaChangeData } from '../../src/reference-data';
import type { Problem } from './problems';
import { setEventsOfDefinitions, setEventsOfManifest, type EventSchemas, type FrozenSchemaSet } from './schema-set';

export interface Compatibility {
  /** The newest release, or null before the first one. */
  latest: string | null;
  /** Every event added, removed or changed since the newest release. */
  sinceLatest: EventDiff[];
  /** The changes of each event type since the newest release. */
  unreleased: Map<string, SchemaChange[]>;
  /** One per breaking change, against whichever releases it breaks. */
  problems: Problem[];
}

/** A change as the site's data carries it (src/reference-data.ts). */
export function changeData({ kind, breaking, field, detail }: SchemaChange): SchemaChangeData {
  return { kind, breaking, field, detail };
}

/** Where the fix goes: a new major version of the event type. */
export function nextMajorType(eventType: string): string {
  const { majorVersion } = eventTypeParts(eventType);
  return eventType.replace(/\.v\d+$/, '') + `.v${majorVersion + 1}`;
}

export function breakingMessage(release: string, eventType: string, c: SchemaChange): string {
  const avro = c.confirmedByAvro ? '; Avro schema resolution fails on it too' : '';
  const fix =
    c.kind === 'event-removed'
      ? 'mark the event deprecated in a release before removing it'
      : `leave ${eventType} as it was released and define the change as a new event type, ${nextMajorType(eventType)}, beside it`;
  return `breaking change since ${release}, rule "${c.kind}": ${c.detail} (${CHANGE_KINDS[c.kind].rule}${avro}). The mode is ${COMPATIBILITY_MODE}: ${fix}.`;
}

export function compatibility(events: Array<EventSchemas & { file: string }>, frozen: FrozenSchemaSet[]): Compatibility {
  const current = setEventsOfDefinitions(events);
  const fileOf = new Map(events.map((e) => [e.definition.eventType, e.file]));
  const problems: Problem[] = [];
  const seen = new Set<string>();
  let sinceLatest: EventDiff[] = [];
  frozen.forEach((release, i) => {
    const released = setEventsOfManifest(release.manifest, (file) => release.files.get(file)!);
    const diffs = compareSchemaSets(released, current);
    if (i === 0) sinceLatest = diffs;
    for (const diff of diffs) {
      for (const c of diff.changes) {
        const key = `${diff.eventType}|${c.field}|${c.kind}`;
        if (!c.breaking || seen.has(key)) continue;
        seen.add(key);
        problems.push({
          file: fileOf.get(diff.eventType) ?? 'src/events',
          event: diff.signal,
          ...(c.field ? { field: c.field } : {}),
          message: breakingMessage(release.release, diff.eventType, c),
        });
      }
    }
  });
  return {
    latest: frozen[0]?.release ?? null,
    sinceLatest,
    unreleased: new Map(sinceLatest.map((d) => [d.eventType, d.changes])),
    problems,
  };
}
