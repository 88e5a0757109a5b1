/**
 * Every event at every openedx-events release: the histories of the events
 * and data classes replayed (scripts/lib/history-replay.ts), each release's
 * changes computed by the compatibility rules, and each entry's `breaking`
 * flag checked against them.
 */
import { z } from 'zod';
import type { DataClassInfo, EventDefinition } from '../../src/events/model';
import { AVRO_CAPABILITIES, UPSTREAM_RELEASES } from '../../src/events/releases';
import { AvroMappingError, busException, eventAvroSchema, type AvroRecord } from './avro';
import type { EventSource } from './event-source';
import { fieldTree, type FieldNode, type FieldType } from './field-model';
import {
  classesIn,
  compareReleases,
  HistoryError,
  ReleaseSchemas,
  replayClass,
  replayEvent,
  stateAt,
  type ClassHistory,
  type EventHistory,
} from './history-replay';
import { eventJsonSchema, type DefinitionNames, type JsonSchema } from './json-schema';
import type { Problem } from './problems';
import { compareEventSchemas, type SchemaChange } from './schema-changes';

/** Where a data class is declared: `src/events/data/<module>.ts`, by the project's layout. */
export function dataClassFile(info: DataClassInfo): string {
  return `src/events/data/${info.module}.ts`;
}

/** One event at one release, with its published schemas. */
export interface EventAtRelease {
  release: string;
  definition: EventDefinition;
  json: JsonSchema;
  fields: FieldNode[];
  avro: AvroRecord | null;
}

/** What one release did to one event, computed from the replay. */
export interface EventRelease {
  release: string;
  /** The entries of the event and of its classes that name this release. */
  summaries: string[];
  breaking: boolean;
  adr: number | undefined;
  kind: 'added' | 'changed' | 'renamed' | 'removed';
  /** The event type before the release, when the release renamed it. */
  renamedFrom: string | null;
  changes: SchemaChange[];
  /** The event's own entry for the release, by its index in the event's history. */
  entry: { index: number; breaking: boolean } | null;
  /** The entries of the release in the data classes the event uses, each by its index in its class's history. */
  classEntries: Array<{ info: DataClassInfo; index: number; breaking: boolean }>;
}

/** Every data class reachable from the events' schemas and histories, and from the classes' histories. */
function allClasses(definitions: EventDefinition[]): Map<DataClassInfo, z.ZodObject<z.ZodRawShape>> {
  const found = new Map<DataClassInfo, z.ZodObject<z.ZodRawShape>>();
  const visitShape = (shape: Record<string, z.ZodTypeAny> | undefined) => Object.values(shape ?? {}).forEach((s) => classesIn(s, found));
  for (const d of definitions) {
    visitShape(d.data);
    for (const h of d.history) {
      visitShape(h.added);
      visitShape(h.changed);
    }
  }
  for (let seen = 0; seen < found.size;) {
    const infos = [...found.keys()].slice(seen);
    seen = found.size;
    for (const info of infos) {
      for (const h of Array.isArray(info.history) ? info.history : []) {
        visitShape(h.added);
        visitShape(h.changed);
      }
    }
  }
  return found;
}

export class ReleaseHistory {
  private readonly atRelease = new Map<string, EventAtRelease | null>();
  /** Schemas by definition and Avro capability: releases that share both share the schemas. */
  private readonly schemasOf = new Map<string, WeakMap<EventDefinition, Omit<EventAtRelease, 'release'>>>();

  constructor(
    readonly classes: Map<DataClassInfo, ClassHistory>,
    /** By signal. */
    readonly events: Map<string, EventHistory>,
    private readonly schemas: ReleaseSchemas,
    private readonly names: DefinitionNames,
  ) {}

  /** The event at `release` with its schemas, or null when the event did not exist then. */
  eventAt(signal: string, release: string): EventAtRelease | null {
    const key = `${signal}@${release}`;
    if (this.atRelease.has(key)) return this.atRelease.get(key)!;
    const history = this.events.get(signal)!;
    const definition = this.schemas.eventAt(history, release);
    let result: EventAtRelease | null = null;
    if (definition) {
      const era = avroEra(release);
      let byDefinition = this.schemasOf.get(era);
      if (!byDefinition) this.schemasOf.set(era, (byDefinition = new WeakMap()));
      let schemas = byDefinition.get(definition);
      if (!schemas) {
        const json = eventJsonSchema(definition, this.names);
        const fields = fieldTree(json);
        byDefinition.set(definition, (schemas = { definition, json, fields, avro: avroOf(definition, fields, release) }));
      }
      result = { release, ...schemas };
    }
    this.atRelease.set(key, result);
    return result;
  }

  private readonly compared = new WeakMap<EventDefinition, WeakMap<EventDefinition, SchemaChange[]>>();

  /** The changes from one event schema to another, computed once per pair (releases share schemas). */
  changesBetween(a: EventAtRelease, b: EventAtRelease): SchemaChange[] {
    if (a.definition === b.definition) return [];
    let byAfter = this.compared.get(a.definition);
    if (!byAfter) this.compared.set(a.definition, (byAfter = new WeakMap()));
    let changes = byAfter.get(b.definition);
    if (!changes) byAfter.set(b.definition, (changes = compareEventSchemas(a, b)));
    return changes;
  }

  private readonly releasesOf = new Map<string, EventRelease[]>();

  /** The releases in which the event or one of its classes changed, oldest first, each with what changed (computed once per event). */
  eventReleases(signal: string): EventRelease[] {
    let releases = this.releasesOf.get(signal);
    if (!releases) this.releasesOf.set(signal, (releases = this.computeEventReleases(signal)));
    return releases;
  }

  private computeEventReleases(signal: string): EventRelease[] {
    const history = this.events.get(signal)!;
    const { definition } = history;
    const first = definition.history[0].release;
    const candidates = new Set(definition.history.map((h) => h.release));
    for (const info of this.classes.keys()) {
      for (const h of info.history) if (compareReleases(h.release, first) > 0) candidates.add(h.release);
    }
    const releases: EventRelease[] = [];
    for (const release of [...candidates].sort(compareReleases)) {
      const entryIndex = definition.history.findIndex((h) => h.release === release);
      const entry = entryIndex < 0 ? undefined : definition.history[entryIndex];
      const previous = previousRelease(release);
      const before = previous && compareReleases(previous, first) >= 0 ? this.eventAt(signal, previous) : null;
      const after = this.eventAt(signal, release);
      const kind = !before ? 'added' : !after ? 'removed' : entry?.renamedFrom ? 'renamed' : 'changed';
      // The release that adds the event adds its classes as they are: their own entries of that release say nothing more.
      const classEntries = kind === 'added' ? [] : this.classEntriesAt(release, [before, after]);
      if (!entry && !classEntries.length) continue;
      const changes = before && after ? this.changesBetween(before, after) : [];
      const computed = kind === 'removed' || kind === 'renamed' || changes.some((c) => c.breaking);
      releases.push({
        release,
        summaries: [...(entry ? [entry.summary] : []), ...classEntries.map((c) => c.summary)],
        breaking: computed,
        adr: entry?.adr ?? classEntries.find((c) => c.adr !== undefined)?.adr,
        kind,
        renamedFrom: entry?.renamedFrom ?? null,
        changes,
        entry: entry ? { index: entryIndex, breaking: entry.breaking } : null,
        classEntries: classEntries.map((c) => ({ info: c.info, index: c.info.history.indexOf(c.source), breaking: c.breaking })),
      });
    }
    return releases;
  }

  /** The class entries of `release` for the classes either schema uses. */
  private classEntriesAt(release: string, schemas: Array<EventAtRelease | null>) {
    const used = new Map<DataClassInfo, z.ZodObject<z.ZodRawShape>>();
    for (const s of schemas) if (s) Object.values(s.definition.data).forEach((f) => classesIn(f, used));
    const entries: Array<DataClassInfo['history'][number] & { info: DataClassInfo; source: DataClassInfo['history'][number] }> = [];
    for (const info of used.keys()) {
      for (const h of info.history)
        if (h.release === release && compareReleases(h.release, info.history[0].release) > 0) entries.push({ ...h, info, source: h });
    }
    return entries;
  }

  /** Every entry whose `breaking` flag disagrees with what the rules compute, as problems. */
  breakingProblems(fileOf: (signal: string) => string): Problem[] {
    const problems: Problem[] = [];
    for (const signal of this.events.keys()) {
      for (const r of this.eventReleases(signal)) {
        const declared = (r.entry?.breaking ?? false) || r.classEntries.some((c) => c.breaking);
        if (declared === r.breaking) continue;
        const why = r.breaking
          ? `the rules find a breaking change: ${describeBreaking(r)}`
          : `the rules find nothing breaking in it (${r.changes.map((c) => `${c.field ?? 'event'}: ${c.kind}`).join(', ') || 'no field change'})`;
        if (r.entry) {
          problems.push({
            file: fileOf(signal),
            event: signal,
            field: `history[${r.entry.index}].breaking`,
            message: `is ${String(r.entry.breaking)}, but ${why}`,
          });
        } else {
          for (const c of r.classEntries) {
            problems.push({
              file: dataClassFile(c.info),
              event: signal,
              field: `${c.info.name}.history[${c.index}].breaking`,
              message: `is ${String(c.breaking)}, but for ${signal} ${why}`,
            });
          }
        }
      }
    }
    return problems;
  }
}

function describeBreaking(r: EventRelease): string {
  if (r.kind === 'removed') return 'the event is removed';
  if (r.kind === 'renamed') return `the event type changes from ${r.renamedFrom}`;
  return r.changes
    .filter((c) => c.breaking)
    .map((c) => `${c.field ?? 'event'}: ${c.kind} (${c.detail})`)
    .join('; ');
}

/** The upstream release before `release`, or null for the first. */
export function previousRelease(release: string): string | null {
  const i = UPSTREAM_RELEASES.findIndex((r) => r.release === release);
  return i > 0 ? UPSTREAM_RELEASES[i - 1].release : null;
}

/** The Avro capabilities a release had, as a key: releases with the same ones map the same schemas alike. */
function avroEra(release: string): string {
  return Object.values(AVRO_CAPABILITIES)
    .map((since) => (compareReleases(release, since) >= 0 ? '1' : '0'))
    .join('');
}

/** Whether upstream's Avro generator of `release` could map every field (src/events/releases.ts, AVRO_CAPABILITIES). */
function avroCouldMap(fields: FieldNode[], release: string): boolean {
  const since = (capability: keyof typeof AVRO_CAPABILITIES) => compareReleases(release, AVRO_CAPABILITIES[capability]) >= 0;
  if (!since('records')) return false;
  if (since('complexTypes')) return true;
  const simple = (type: FieldType) => type.kind !== 'object' && type.kind !== 'array' && type.kind !== 'map';
  const mappable = (type: FieldType): boolean => {
    if (type.kind === 'object') return type.fields.every((f) => mappable(f.type));
    if (type.kind === 'array') return since('arraysOfSimpleValues') && simple(type.items.type);
    if (type.kind === 'map') return since('mapsOfSimpleValues') && simple(type.values.type);
    return true;
  };
  return fields.every((f) => mappable(f.type));
}

/** The Avro schema the event bus uses for the event at a release, or null when it could not carry it. */
function avroOf(definition: EventDefinition, fields: FieldNode[], release: string): AvroRecord | null {
  if (busException(definition) !== null || !avroCouldMap(fields, release)) return null;
  try {
    return eventAvroSchema(definition, fields);
  } catch (error) {
    if (error instanceof AvroMappingError) return null;
    throw error;
  }
}

/** Replays every history; each history that cannot be replayed, or disagrees with today's schema, is a problem. */
export function replayHistories(sources: EventSource[], names: DefinitionNames, problems: Problem[]): ReleaseHistory | null {
  const before = problems.length;
  const classes = new Map<DataClassInfo, ClassHistory>();
  for (const [info, today] of allClasses(sources.map((s) => s.definition))) {
    if (!Array.isArray(info.history) || info.history.length === 0) {
      problems.push({
        file: dataClassFile(info),
        field: `${info.name}.history`,
        message: 'needs at least the entry that added the class, with its fields',
      });
      continue;
    }
    try {
      classes.set(info, replayClass(info, today));
    } catch (error) {
      if (!(error instanceof HistoryError)) throw error;
      problems.push({
        file: dataClassFile(info),
        field: error.field.startsWith('history') ? `${info.name}.${error.field}` : error.field,
        message: error.message,
      });
    }
  }
  const events = new Map<string, EventHistory>();
  for (const { file, definition } of sources) {
    try {
      events.set(definition.signal, replayEvent(definition));
    } catch (error) {
      if (!(error instanceof HistoryError)) throw error;
      problems.push({ file, event: definition.signal, field: error.field, message: error.message });
    }
  }
  if (problems.length > before) return null;
  const history = new ReleaseHistory(classes, events, new ReleaseSchemas(classes), names);
  const fileOf = new Map(sources.map((s) => [s.definition.signal, s.file]));
  // Every event at every release of its life: a class used before its history starts is a problem.
  for (const { file, definition } of sources) {
    for (const { release } of UPSTREAM_RELEASES) {
      const state = stateAt(events.get(definition.signal)!.states, release);
      if (!state) continue;
      try {
        history.eventAt(definition.signal, release);
      } catch (error) {
        if (!(error instanceof HistoryError)) throw error;
        problems.push({ file, event: definition.signal, field: error.field, message: error.message });
        break;
      }
    }
  }
  if (problems.length > before) return null;
  problems.push(...history.breakingProblems((signal) => fileOf.get(signal)!));
  return problems.length > before ? null : history;
}

/** How one event differs between two releases. */
export interface EventComparison {
  signal: string;
  status: 'added' | 'removed' | 'renamed' | 'changed' | 'unchanged';
  /** The event type at `from` (null when added) and at `to` (null when removed). */
  fromType: string | null;
  toType: string | null;
  breaking: boolean;
  changes: SchemaChange[];
}

/** How one event differs between two releases; null when it exists at neither. */
export function compareEventBetween(history: ReleaseHistory, signal: string, from: string, to: string): EventComparison | null {
  const a = history.eventAt(signal, from);
  const b = history.eventAt(signal, to);
  if (!a && !b) return null;
  const changes = a && b ? history.changesBetween(a, b) : [];
  const status = !a
    ? 'added'
    : !b
      ? 'removed'
      : a.definition.eventType !== b.definition.eventType
        ? 'renamed'
        : changes.length
          ? 'changed'
          : 'unchanged';
  return {
    signal,
    status,
    fromType: a?.definition.eventType ?? null,
    toType: b?.definition.eventType ?? null,
    breaking: status === 'removed' || status === 'renamed' || changes.some((c) => c.breaking),
    changes,
  };
}

/** Every event that exists at `from` or at `to`, and how it changed between them (either way round in time). */
export function compareEventsBetween(history: ReleaseHistory, from: string, to: string): EventComparison[] {
  return [...history.events.keys()].sort().flatMap((signal) => compareEventBetween(history, signal, from, to) ?? []);
}
