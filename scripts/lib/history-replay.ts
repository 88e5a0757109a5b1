/**
 * The history of every event and data class, replayed: the fields each had at
 * any openedx-events release, derived from the history entries alone.
 *
 * Each entry adds, changes or removes fields with their zod. Replaying the
 * entries of a class (or of an event's data keys) from the first gives its
 * fields after each release; the last state must be today's schema, or the
 * history is refused. A release's data classes are rebuilt from their state at
 * that release, so an event's payload at any release is a zod schema like
 * today's, which every generation step can read.
 */
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import {
  dataClass,
  dataClassOf,
  producerDefault,
  producerDefaultOf,
  type DataClassInfo,
  type DataShape,
  type EventDefinition,
  type FieldEdits,
} from '../../src/events/model';
import { UPSTREAM_RELEASES } from '../../src/events/releases';
import { toJsonSchema, withoutKeywords, type DefinitionNames, type JsonSchema } from './json-schema';

/** Where releases sit in time: the index of each in `src/events/releases.ts`. */
const RELEASE_ORDER = new Map(UPSTREAM_RELEASES.map((r, i) => [r.release, i]));

export function isUpstreamRelease(release: string): boolean {
  return RELEASE_ORDER.has(release);
}

/** Negative when `a` came out before `b`; both must be upstream releases. */
export function compareReleases(a: string, b: string): number {
  return RELEASE_ORDER.get(a)! - RELEASE_ORDER.get(b)!;
}

export class HistoryError extends Error {
  constructor(
    /** Where in the history: `history[2].removed`, or a field path. */
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** Fields in order, each with its zod. */
type FieldList = Array<[name: string, schema: z.ZodTypeAny]>;

/** The fields after one entry, from its release on. */
export interface FieldState {
  release: string;
  /** The entry's index in its history. */
  entry: number;
  fields: FieldList;
}

/** Names classes by module and name, so that no two classes share one in a signature. */
const qualifiedNames: DefinitionNames = (info) => `${info.module}.${info.name}`;

const ANNOTATIONS: ReadonlySet<string> = new Set(['description', 'title', 'examples', '$comment']);

const signatures = new WeakMap<z.ZodTypeAny, string>();

/**
 * What a field's type is, whatever its description: its JSON Schema without
 * annotations, data classes referred to by name (a class's own fields are
 * compared by replaying the class).
 */
export function fieldSignature(schema: z.ZodTypeAny): string {
  let signature = signatures.get(schema);
  if (signature === undefined) {
    const json = toJsonSchema(z.object({ field: schema }), qualifiedNames) as JsonSchema & { properties: Record<string, JsonSchema> };
    signature = JSON.stringify(withoutKeywords({ field: json.properties.field, required: json.required ?? [] }, ANNOTATIONS));
    signatures.set(schema, signature);
  }
  return signature;
}

/** The fields after applying `edits` to `before` (null before the first entry); `order` places added fields. */
function applyEdits(before: FieldList | null, edits: FieldEdits, order: string[], at: string): FieldList {
  const added = Object.entries(edits.added ?? {});
  if (before === null) {
    if (edits.changed || edits.removed) throw new HistoryError(at, 'the first entry can only add fields: nothing exists before it');
    if (!added.length) throw new HistoryError(`${at}.added`, 'the first entry must add the fields the release defined');
    return added;
  }
  let fields: FieldList = [...before];
  const names = () => fields.map(([name]) => name);
  for (const name of edits.removed ?? []) {
    if (!names().includes(name))
      throw new HistoryError(`${at}.removed`, `removes "${name}", which the replay has no field of at that release`);
    fields = fields.filter(([n]) => n !== name);
  }
  for (const [name, schema] of Object.entries(edits.changed ?? {})) {
    const i = names().indexOf(name);
    if (i < 0) throw new HistoryError(`${at}.changed`, `changes "${name}", which the replay has no field of at that release`);
    if (fieldSignature(fields[i][1]) === fieldSignature(schema)) {
      throw new HistoryError(`${at}.changed`, `changes "${name}" to the type it already had`);
    }
    fields[i] = [name, schema];
  }
  for (const [name, schema] of added) {
    if (names().includes(name)) throw new HistoryError(`${at}.added`, `adds "${name}", which the replay already has at that release`);
    // Placed where today's order puts it among the fields there; a field gone today goes last.
    const rank = order.indexOf(name);
    const next = rank < 0 ? -1 : fields.findIndex(([n]) => order.indexOf(n) > rank);
    fields.splice(next < 0 ? fields.length : next, 0, [name, schema]);
  }
  return fields;
}

interface Replayable {
  history: Array<FieldEdits & { release: string }>;
}

/** The state after each entry, checked: releases in order, each edit possible. */
function replay(item: Replayable, order: string[]): FieldState[] {
  const states: FieldState[] = [];
  let fields: FieldList | null = null;
  item.history.forEach((entry, i) => {
    const at = `history[${i}]`;
    if (!isUpstreamRelease(entry.release)) {
      throw new HistoryError(`${at}.release`, `"${entry.release}" is not an openedx-events release listed in src/events/releases.ts`);
    }
    const previous = item.history[i - 1];
    if (previous && isUpstreamRelease(previous.release) && compareReleases(entry.release, previous.release) <= 0) {
      throw new HistoryError(`${at}.release`, `release ${entry.release} does not come after the previous entry's ${previous.release}`);
    }
    fields = applyEdits(fields, entry, order, at);
    states.push({ release: entry.release, entry: i, fields });
  });
  return states;
}

/** Where the replayed fields differ from today's, as one sentence; null when they are the same. */
function differenceFromToday(replayed: FieldList, today: FieldList): { field: string; message: string } | null {
  const now = new Map(today);
  const then = new Map(replayed);
  for (const [name] of today) {
    if (!then.has(name)) return { field: name, message: "is in today's schema but no history entry adds it" };
  }
  for (const [name, schema] of replayed) {
    const current = now.get(name);
    if (!current) return { field: name, message: "is added by the history but not in today's schema: record its removal" };
    if (fieldSignature(schema) !== fieldSignature(current)) {
      return {
        field: name,
        message: `has a different type in today's schema than the history gives it: record the change in a history entry (replay: ${fieldSignature(schema)}, today: ${fieldSignature(current)})`,
      };
    }
  }
  const order = replayed.map(([n]) => n);
  if (
    !isDeepStrictEqual(
      order,
      today.map(([n]) => n),
    )
  ) {
    return {
      field: order[0],
      message: `the history gives the fields in the order ${order.join(', ')}, today's schema in ${today.map(([n]) => n).join(', ')}`,
    };
  }
  return null;
}

function shapeOf(schema: z.ZodObject<z.ZodRawShape>): FieldList {
  return Object.entries(schema.shape);
}

/** A data class's states, replayed and checked against today's class. */
export interface ClassHistory {
  info: DataClassInfo;
  today: z.ZodObject<z.ZodRawShape>;
  states: FieldState[];
}

export function replayClass(info: DataClassInfo, today: z.ZodObject<z.ZodRawShape>): ClassHistory {
  const current = shapeOf(today);
  const states = replay(
    info,
    current.map(([n]) => n),
  );
  const difference = differenceFromToday(states[states.length - 1].fields, current);
  if (difference) throw new HistoryError(`${info.name}.${difference.field}`, difference.message);
  return { info, today, states };
}

/** An event's states: its data keys and event type after each entry. */
export interface EventHistory {
  definition: EventDefinition;
  states: Array<FieldState & { eventType: string; removed: boolean }>;
}

export function replayEvent(definition: EventDefinition): EventHistory {
  const today = Object.entries(definition.data);
  const last = definition.history.length - 1;
  const removedAt = definition.history.findIndex((h) => h.eventRemoved);
  if (removedAt >= 0 && removedAt !== last) {
    throw new HistoryError(`history[${removedAt}].eventRemoved`, 'the entry that removes the event must be the last one');
  }
  definition.history.forEach((h, i) => {
    if (h.eventRemoved && (h.added || h.changed || h.removed || h.renamedFrom)) {
      throw new HistoryError(`history[${i}]`, 'the entry that removes the event changes nothing else: its data stays as it was');
    }
    if (i === 0 && h.renamedFrom) throw new HistoryError('history[0].renamedFrom', 'the first entry adds the event: it cannot rename it');
  });
  const states = replay(
    definition,
    today.map(([n]) => n),
  );
  const difference = differenceFromToday(states[states.length - 1].fields, today);
  if (difference) throw new HistoryError(difference.field, difference.message);
  // Event types, from today's back: each rename gives the type before it.
  const types: string[] = [];
  let eventType = definition.eventType;
  for (let i = last; i >= 0; i--) {
    types[i] = eventType;
    eventType = definition.history[i].renamedFrom ?? eventType;
  }
  return {
    definition,
    states: states.map((s) => ({ ...s, eventType: types[s.entry], removed: definition.history[s.entry].eventRemoved === true })),
  };
}

/** The state in force at `release`, or undefined before the first entry. */
export function stateAt<S extends FieldState>(states: S[], release: string): S | undefined {
  let found: S | undefined;
  for (const state of states) {
    if (compareReleases(state.release, release) > 0) break;
    found = state;
  }
  return found;
}

/**
 * Today's data classes and their histories, and the schemas of any release
 * rebuilt from them. A rebuilt class keeps today's zod (and so its
 * descriptions) for every field whose type has not changed since, and is
 * today's class itself when nothing in it differs.
 */
export class ReleaseSchemas {
  private readonly built = new Map<string, z.ZodTypeAny>();
  private readonly definitions = new Map<string, EventDefinition>();
  private readonly ids = new WeakMap<z.ZodTypeAny, number>();

  constructor(private readonly classes: Map<DataClassInfo, ClassHistory>) {}

  private classHistory(info: DataClassInfo): ClassHistory {
    const history = this.classes.get(info);
    if (!history) throw new HistoryError(info.name, `data class ${info.module}.${info.name} is not in the catalog`);
    return history;
  }

  /** The class as it was at `release`; throws when the class did not exist yet. */
  classAt(info: DataClassInfo, release: string): z.ZodObject<z.ZodRawShape> {
    const history = this.classHistory(info);
    const state = stateAt(history.states, release);
    if (!state) {
      throw new HistoryError(
        info.name,
        `${info.module}.${info.name} is used at ${release}, but its history starts at ${history.states[0].release}`,
      );
    }
    const todayShape = history.today.shape;
    const todayNames = Object.keys(todayShape);
    const shape: z.ZodRawShape = {};
    let same = state.fields.length === todayNames.length;
    state.fields.forEach(([name, schema], i) => {
      const current = todayShape[name] as z.ZodTypeAny | undefined;
      const base = current && fieldSignature(current) === fieldSignature(schema) ? current : schema;
      shape[name] = this.resolve(base, release);
      same &&= shape[name] === current && todayNames[i] === name;
    });
    // One class object per state of the class and of every class in it, shared by the releases that have them all.
    const key = `${info.module}.${info.name}#${state.entry}|${Object.values(shape)
      .map((f) => this.idOf(f))
      .join(',')}`;
    const cached = this.built.get(key);
    if (cached) return cached as z.ZodObject<z.ZodRawShape>;
    const rebuilt = same ? history.today : dataClass(info, z.object(shape));
    this.built.set(key, rebuilt);
    return rebuilt;
  }

  /** A field's zod with every data class in it as it was at `release`. */
  resolve(schema: z.ZodTypeAny, release: string): z.ZodTypeAny {
    const info = dataClassOf(schema);
    if (info) return this.classAt(info, release);
    if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) {
      const inner = schema.unwrap() as z.ZodTypeAny;
      return this.rewrap(schema, inner, this.resolve(inner, release), (innerType) =>
        schema instanceof z.ZodOptional
          ? new z.ZodOptional({ ...schema._def, innerType })
          : new z.ZodNullable({ ...schema._def, innerType }),
      );
    }
    if (schema instanceof z.ZodDefault) {
      const inner = schema._def.innerType as z.ZodTypeAny;
      return this.rewrap(schema, inner, this.resolve(inner, release), (innerType) => new z.ZodDefault({ ...schema._def, innerType }));
    }
    if (schema instanceof z.ZodArray) {
      const inner = schema.element as z.ZodTypeAny;
      return this.rewrap(schema, inner, this.resolve(inner, release), (type) => new z.ZodArray({ ...schema._def, type }));
    }
    if (schema instanceof z.ZodRecord) {
      const inner = schema.valueSchema as z.ZodTypeAny;
      return this.rewrap(schema, inner, this.resolve(inner, release), (valueType) => new z.ZodRecord({ ...schema._def, valueType }));
    }
    return schema;
  }

  private readonly rewrapped = new WeakMap<z.ZodTypeAny, Map<number, z.ZodTypeAny>>();

  /** `schema` around `resolved` instead of `inner`: itself when nothing changed, else one rebuilt wrapper per inner schema. */
  private rewrap(
    schema: z.ZodTypeAny,
    inner: z.ZodTypeAny,
    resolved: z.ZodTypeAny,
    make: (inner: z.ZodTypeAny) => z.ZodTypeAny,
  ): z.ZodTypeAny {
    if (resolved === inner) return schema;
    let byInner = this.rewrapped.get(schema);
    if (!byInner) this.rewrapped.set(schema, (byInner = new Map<number, z.ZodTypeAny>()));
    let rebuilt = byInner.get(this.idOf(resolved));
    if (!rebuilt) {
      rebuilt = make(resolved);
      const producerValue = producerDefaultOf(schema);
      if (producerValue) producerDefault(rebuilt, producerValue.value as never);
      byInner.set(this.idOf(resolved), rebuilt);
    }
    return rebuilt;
  }

  /** The event as it was at `release`: its event type and data; null when it did not exist then. */
  eventAt(history: EventHistory, release: string): EventDefinition | null {
    const state = stateAt(history.states, release);
    if (!state || state.removed) return null;
    const latest = state.entry === history.states[history.states.length - 1].entry;
    const data: DataShape = {};
    for (const [name, schema] of state.fields) {
      const current = history.definition.data[name] as z.ZodTypeAny | undefined;
      const base = current && fieldSignature(current) === fieldSignature(schema) ? current : schema;
      data[name] = this.resolve(base, release);
    }
    const unchanged = latest && Object.entries(data).every(([k, v]) => v === history.definition.data[k]);
    if (unchanged) return history.definition;
    // Releases in which neither the event nor its classes changed share one definition (and so its schemas).
    const key = [history.definition.signal, state.eventType, ...Object.entries(data).map(([k, v]) => `${k}=${this.idOf(v)}`)].join('|');
    let definition = this.definitions.get(key);
    if (!definition) this.definitions.set(key, (definition = { ...history.definition, eventType: state.eventType, data }));
    return definition;
  }

  private nextId = 0;

  /** A number per schema object, to key what is shared between releases. */
  private idOf(schema: z.ZodTypeAny): number {
    let id = this.ids.get(schema);
    if (id === undefined) this.ids.set(schema, (id = this.nextId++));
    return id;
  }
}

/** Every data class reachable from a zod schema (through wrappers, arrays, maps and other classes). */
export function classesIn(schema: z.ZodTypeAny, found: Map<DataClassInfo, z.ZodObject<z.ZodRawShape>>): void {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) return classesIn(schema.unwrap() as z.ZodTypeAny, found);
  if (schema instanceof z.ZodDefault) return classesIn(schema._def.innerType as z.ZodTypeAny, found);
  if (schema instanceof z.ZodArray) return classesIn(schema.element as z.ZodTypeAny, found);
  if (schema instanceof z.ZodRecord) return classesIn(schema.valueSchema as z.ZodTypeAny, found);
  if (schema instanceof z.ZodObject) {
    const info = dataClassOf(schema);
    if (info && found.has(info)) return;
    if (info) found.set(info, schema as z.ZodObject<z.ZodRawShape>);
    for (const field of Object.values(schema.shape as z.ZodRawShape)) classesIn(field, found);
  }
}
