/**
 * The event model: the typed API every event definition in `src/events/` uses.
 *
 * Definitions are plain data plus zod schemas. Nothing here validates: the
 * checks in `scripts/lib/checks.ts` do, so that one run reports every problem
 * with the file, the event and the field it concerns.
 */
import type { z } from 'zod';

/** An openedx-events release number such as `0.11.0` or `11.2.0`. */
export type Release = string;

/** An ADR is named by its number, as in `/adr/9`. */
export type AdrNumber = number;

/**
 * Where in public code a fact about an event was found: a file at a commit,
 * as a permalink a reviewer can open.
 */
export interface CodeSource {
  /** `https://github.com/<owner>/<name>/blob/<40-hex commit>/<path>`, with `#L<n>` or `#L<n>-L<m>` when the line is known. */
  url: string;
  /**
   * `read`: the file was read at that commit and the line checked;
   * `excerpt`: the code was seen in a search excerpt only, the commit is a
   * stored version of the file, and the line may be missing.
   */
  confidence: SourceConfidence;
  /** What a reader should know about the source (a newer location, a condition). */
  note?: string;
}

export type SourceConfidence = 'read' | 'excerpt';

export interface Producer {
  /** GitHub repository, `owner/name`, listed in `src/events/repositories.ts`. */
  repository: string;
  /** The service (IDA) that sends the event. */
  service: string;
  /** What makes it send the event. */
  trigger: string;
  /** The line that sends the event. */
  source: CodeSource;
}

/**
 * How a consumer receives an event: a receiver in the process that sends it,
 * a service reading it from the event bus, or a plugin subscribed through
 * its settings.
 */
export type ConsumerKind = 'django-receiver' | 'event-bus-consumer' | 'settings-subscription';

export interface Consumer {
  /** GitHub repository, `owner/name`, listed in `src/events/repositories.ts`. */
  repository: string;
  service: string;
  /** What the consumer does with the event. */
  use: string;
  kind: ConsumerKind;
  /** The receiver, or the setting that subscribes it. */
  source: CodeSource;
}

/** What public code says about an event on the event bus: the topic it is produced to and the key field used. */
export interface BusUsage {
  topic: string;
  /** Dotted path of the key field that configuration gives, when it gives one. */
  keyField?: string;
  /** The configuration that names the topic. */
  source: CodeSource;
}

/**
 * Upstream's docs of the event warn that the event bus cannot carry it, but
 * upstream's own generator can (the replay derives its Avro schema, as
 * upstream's tests do): the generator refuses this note on an event the bus
 * really cannot carry.
 */
export interface StaleBusWarning {
  /** The warning in upstream's `signals.py`. */
  source: CodeSource;
}

/** Why a list of producers or consumers is empty: what was searched. */
export interface NoneKnown {
  searched: string;
}

export interface ExcludedField {
  /** Where the field would sit, as a dotted path from the data key, e.g. `catalog_info.media`. */
  field: string;
  reason: string;
  adr: AdrNumber;
}

/** A change to one field, as the event page lists it (derived from the history by replaying it, never declared). */
export interface FieldChange {
  kind: 'added' | 'removed' | 'changed';
  /** Dotted path from the data key, e.g. `catalog_info.effort`. */
  field: string;
  note?: string;
}

/**
 * What one release did to a set of fields (an event's data keys, or a data
 * class's fields), with the zod of every field it adds or changes, as that
 * release defined it. Replaying the entries from the first gives the fields
 * at any release; the generator refuses a history whose replay does not give
 * exactly today's schema. Descriptions may be left out: the replay compares
 * types, optionality, nullability, defaults and enums.
 */
export interface FieldEdits {
  /** New fields with their zod. The first entry adds every field, in the order upstream declared them. */
  added?: DataShape;
  /** Fields whose type changed, each with its new zod. */
  changed?: DataShape;
  /** Fields this release removed. */
  removed?: string[];
}

interface ReleaseEntry {
  /** An openedx-events release listed in `src/events/releases.ts`. */
  release: Release;
  /** What the release did, in a sentence or two. */
  summary: string;
  /** Whether the change breaks consumers; the generator computes it from the replay and refuses a flag that disagrees. */
  breaking: boolean;
  /** The ADR that decided the change, when one did. */
  adr?: AdrNumber;
}

/** One release in the life of an event: its data keys, its event type, or the event itself. */
export interface HistoryEntry extends ReleaseEntry, FieldEdits {
  /** The event type the event had before this release renamed it (the signal stayed). */
  renamedFrom?: string;
  /** This release removed the event (upstream deleted its signal); its definition keeps the data of the release before. */
  eventRemoved?: true;
}

/** One release in the life of a data class; the first entry adds every field. */
export interface DataClassHistoryEntry extends ReleaseEntry, FieldEdits {}

/** Rules an event may be excused from, with a reason shown on its page. */
export type ExceptionRule = 'event-type-pattern' | 'key-field-resolves' | 'event-bus-serializable';

export interface RuleException {
  rule: ExceptionRule;
  reason: string;
}

export type DataShape = Record<string, z.ZodTypeAny>;

export interface EventDefinition<D extends DataShape = DataShape> {
  /** The Python signal constant, e.g. `COURSE_CATALOG_INFO_CHANGED`. */
  signal: string;
  /** `{reverse DNS}.{domain}.{subject}.{action}.v{N}`. */
  eventType: string;
  description: string;
  /** Dotted path of the field that keys the event on the event bus, when upstream declares one. */
  keyField?: string;
  /** The release whose `signals.py` first declared the key field (upstream declared none before 9.6.0). */
  keyFieldSince?: Release;
  /** Who sends the event, from public code; empty only with `noProducerKnown`. */
  producers: Producer[];
  /** Who receives it, from public code; empty only with `noConsumerKnown`. */
  consumers: Consumer[];
  noProducerKnown?: NoneKnown;
  noConsumerKnown?: NoneKnown;
  /** Topics and key fields public configurations use for the event on the event bus. */
  busUsage?: BusUsage[];
  staleBusWarning?: StaleBusWarning;
  /** The payload: one zod schema per data key. */
  data: D;
  /** Payloads that must validate; the first is shown on the event page. */
  examples: Array<{ [K in keyof D]: z.input<D[K]> }>;
  excludedFields?: ExcludedField[];
  /**
   * Oldest first; the first entry is the release that added the event, and
   * adds its data keys. A data class's own changes are in its history, not
   * here.
   */
  history: HistoryEntry[];
  exceptions?: RuleException[];
  deprecated?: boolean;
}

/**
 * Declares an event. The identity function exists for its type: it checks
 * that examples match the data schemas at compile time.
 */
export function defineEvent<D extends DataShape>(definition: EventDefinition<D>): EventDefinition<D> {
  return definition;
}

export interface DataClassInfo {
  /** The attrs class name upstream, e.g. `CourseScheduleData`. */
  name: string;
  /** Upstream domain module, to tell apart classes that share a name. */
  module: string;
  description: string;
  /** Oldest first; the first entry is the release that added the class, with every field it had then. */
  history: DataClassHistoryEntry[];
}

interface Registries {
  dataClasses: WeakMap<object, DataClassInfo>;
  producerDefaults: WeakMap<object, { value: unknown }>;
}

/**
 * What this module records about zod schemas, kept on the process rather than
 * in the module: the generator loads the event files as one bundle that
 * carries its own copy of this module (scripts/lib/event-source.ts), and both
 * copies must see the same declarations.
 */
function registries(): Registries {
  const key = Symbol.for('openedx-events-reference/model-registries');
  const holder = globalThis as typeof globalThis & { [key]?: Registries };
  holder[key] ??= { dataClasses: new WeakMap(), producerDefaults: new WeakMap() };
  return holder[key];
}

/**
 * Data classes are recognised by the shape function of their zod schema's
 * `_def`, which `.describe()`, `.optional()`, `.nullable()` and `.default()`
 * all keep (an `.extend()`ed object has its own, and is declared anew).
 */
const { dataClasses, producerDefaults } = registries();

/** Declares a data class shared by events: a described zod object with a name. */
export function dataClass<S extends z.ZodRawShape>(info: DataClassInfo, schema: z.ZodObject<S>): z.ZodObject<S> {
  const described = schema.describe(info.description);
  dataClasses.set(described._def.shape, info);
  return described;
}

/** The data class a zod object (or its `_def`) was declared as, if any. */
export function dataClassOf(schemaOrDef: z.ZodTypeAny | z.ZodTypeDef): DataClassInfo | undefined {
  const def = ('_def' in schemaOrDef ? schemaOrDef._def : schemaOrDef) as { typeName?: string; shape?: () => object };
  return def.typeName === 'ZodObject' && typeof def.shape === 'function' ? dataClasses.get(def.shape) : undefined;
}

/**
 * Upstream defaults other than None. The producer fills them in, so the field
 * is always on the wire and stays required; the default is documented (JSON
 * Schema `default`, the field table) but never makes the field optional.
 * Apply it last, after `.describe()`, which would make a new schema.
 */
export function producerDefault<T extends z.ZodTypeAny>(schema: T, value: z.input<T>): T {
  producerDefaults.set(schema._def as z.ZodTypeDef, { value });
  return schema;
}

/** The producer-side default recorded for a zod schema (or its `_def`), if any. */
export function producerDefaultOf(schemaOrDef: z.ZodTypeAny | z.ZodTypeDef): { value: unknown } | undefined {
  return producerDefaults.get('_def' in schemaOrDef ? (schemaOrDef._def as z.ZodTypeDef) : schemaOrDef);
}
