/**
 * The parsed model every generation step reads: the events (each with its
 * JSON Schema, field tree, Avro schema and page data), the ADRs, the frozen
 * releases and the compatibility report. Built once per run, after every
 * check has passed.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { EventDefinition } from '../../src/events/model';
import type { AdrIndexData, EventPageData } from '../../src/reference-data';
import { adrIndexData, adrRefs } from './render/adr-index';
import { eventPageData } from './render/event-page';
import { loadAdrs, type AdrSource } from './adr-source';
import { AvroMappingError, busException, eventAvroSchema, type AvroRecord } from './avro';
import { checkCatalog, checkStaleBusWarning, type CheckedEvent } from './checks';
import { compatibility, type Compatibility } from './compatibility';
import { loadEvents, type EventSource } from './event-source';
import { fieldTree, type FieldNode } from './field-model';
import { dataTypes, type DataType } from './data-types';
import { definitionNamesOf, eventJsonSchema, plainDefinitionNames, type DefinitionNames } from './json-schema';
import { SourceProblems, type Problem } from './problems';
import { loadReleases } from './releases';
import { replayHistories, type ReleaseHistory } from './release-history';
import { derivedSets, lockProblems, parseLock, SCHEMA_LOCK_FILE, type DerivedSet } from './release-sets';
import { envelopeJsonSchema } from './json-schema';
import { readFrozenSchemaSet, type EventSchemas, type FrozenSchemaSet } from './schema-set';
import { compareText } from './sorting';
import { listFiles } from './files';
import { GENERATED_DIRS } from './outputs';

/**
 * The Avro schema of an event, or null when upstream cannot send it (a
 * declared exception). A type with no Avro form is a problem to report.
 */
function avroFor(event: EventDefinition, fields: FieldNode[], file: string, problems: Problem[]): AvroRecord | null {
  if (busException(event) !== null) return null;
  try {
    return eventAvroSchema(event, fields);
  } catch (error) {
    if (!(error instanceof AvroMappingError)) throw error;
    problems.push({
      file,
      event: event.signal,
      field: error.field,
      message: `${error.message}: fix the type, or declare an "event-bus-serializable" exception if upstream cannot send the event`,
    });
    return null;
  }
}

/** An event source with its published JSON Schema and the field tree read from it: what the checks read. */
export function withSchema(source: EventSource, names: DefinitionNames = plainDefinitionNames): CheckedEvent {
  const schema = eventJsonSchema(source.definition, names);
  return { ...source, schema, fields: fieldTree(schema) };
}

/** One event with everything derived from its definition. */
export type SchemaEvent = CheckedEvent & EventSchemas;

/** What the checks leave: the sources and each event's schemas, before compatibility. */
export interface CheckedSources {
  adrs: AdrSource[];
  releases: string[];
  frozen: FrozenSchemaSet[];
  /** The events defined today, sorted by event type. */
  events: SchemaEvent[];
  /** The events upstream removed (their history ends with the removal), sorted by event type. */
  removed: SchemaEvent[];
  /** What each data class is called in the schema sets' `definitions`. */
  names: DefinitionNames;
  /** The data classes the events use, with the events that use each. */
  types: DataType[];
  /** Every event at every openedx-events release, replayed from the histories. */
  history: ReleaseHistory;
}

/**
 * Loads and checks every source, the frozen releases included, and computes
 * each event's schemas; throws SourceProblems with every problem found. The
 * compatibility with the releases is left to the caller.
 */
export async function loadSchemas(root: string): Promise<CheckedSources> {
  const problems: Problem[] = [];
  const adrs = loadAdrs(root, problems);
  const releases = loadReleases(root, problems);
  const frozen = releases.flatMap((r) => readFrozenSchemaSet(root, r, problems) ?? []);
  // A malformed event definition stops the run here, before any check reads it, with the problems found so far.
  const sources = await loadEvents(root).catch((error: unknown) => {
    throw error instanceof SourceProblems ? new SourceProblems([...problems, ...error.problems]) : error;
  });
  const types = dataTypes(sources.map((e) => e.definition));
  const names = definitionNamesOf(types.map((t) => t.info));
  const checked = sources.map((source) => withSchema(source, names));
  problems.push(...checkCatalog(checked, adrs));
  const history = problems.length ? null : replayHistories(sources, names, problems);
  const events = checked.map((e) => ({ ...e, avro: avroFor(e.definition, e.fields, e.file, problems) }));
  for (const e of events) problems.push(...checkStaleBusWarning(e, e.avro !== null));
  if (problems.length || !history) throw new SourceProblems(problems);
  events.sort((a, b) => compareText(a.definition.eventType, b.definition.eventType));
  const isRemoved = (e: SchemaEvent) => e.definition.history.at(-1)?.eventRemoved === true;
  return { adrs, releases, frozen, events: events.filter((e) => !isRemoved(e)), removed: events.filter(isRemoved), names, types, history };
}

export type CatalogEvent = SchemaEvent & { page: EventPageData };

/** Everything the generation steps read. */
export interface Catalog {
  events: CatalogEvent[];
  removed: CatalogEvent[];
  releases: string[];
  frozen: FrozenSchemaSet[];
  compat: Compatibility;
  adrIndex: AdrIndexData;
  names: DefinitionNames;
  /** The data classes the events use, with the events that use each. */
  types: DataType[];
  history: ReleaseHistory;
  /** The schema set of every upstream release not cut on this site, derived from the histories, oldest first. */
  derived: DerivedSet[];
  adrs: AdrSource[];
  /** The pages of `docs/` outside the generated folders, by path: each generated docs version has a copy. */
  handWrittenDocs: Map<string, Buffer>;
}

function handWrittenDocs(root: string): Map<string, Buffer> {
  const generated = (file: string) => GENERATED_DIRS.some((dir) => file.startsWith(`${dir}/`));
  return new Map(
    listFiles(root, 'docs')
      .filter((f) => !generated(f))
      .map((f) => [f, fs.readFileSync(path.join(root, f))]),
  );
}

/** The derived sets, checked against the committed lock unless `unlocked` (what `npm run lock-schemas` asks for). */
async function checkedDerivedSets(root: string, history: ReleaseHistory, releases: string[], unlocked: boolean): Promise<DerivedSet[]> {
  const sets = await derivedSets(history, envelopeJsonSchema(), releases);
  if (unlocked) return sets;
  const lockFile = path.join(root, SCHEMA_LOCK_FILE);
  if (!fs.existsSync(lockFile)) throw new SourceProblems([{ file: SCHEMA_LOCK_FILE, message: 'is missing: run `npm run lock-schemas`' }]);
  const problems = lockProblems(sets, parseLock(fs.readFileSync(lockFile, 'utf8')));
  if (problems.length) throw new SourceProblems(problems);
  return sets;
}

/** Loads and checks every source, and refuses a change that breaks the consumers of a release or a locked set. */
export async function loadCatalog(root: string, { unlocked = false } = {}): Promise<Catalog> {
  const { adrs, releases, frozen, events, removed, names, types, history } = await loadSchemas(root);
  // Started first: the sets' archives compress on the thread pool while the rest is computed.
  const derived = checkedDerivedSets(root, history, releases, unlocked);
  // A problem found below is reported instead of the sets' own, which must not surface as an unhandled rejection.
  derived.catch(() => undefined);
  const compat = compatibility(events, frozen);
  if (compat.problems.length) throw new SourceProblems(compat.problems);
  const adrRef = adrRefs(adrs);
  const catalog = {
    events: events.map((e) => ({ ...e, page: eventPageData(e, adrs, adrRef, compat, history) })),
    removed: removed.map((e) => ({ ...e, page: eventPageData(e, adrs, adrRef, compat, history) })),
    releases,
    frozen,
    compat,
    adrIndex: adrIndexData(adrs, events, history),
    names,
    types,
    history,
    adrs,
    handWrittenDocs: handWrittenDocs(root),
  };
  return { ...catalog, derived: await derived };
}
