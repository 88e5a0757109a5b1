/**
 * What changed in an event's schema between two schema sets, and whether its
 * consumers can absorb it.
 *
 * The mode is openedx-events' own (its ADR 6): forward transitive. Producers
 * upgrade before consumers, so a consumer built against any earlier release
 * must read what the current definition sends. Two tools decide:
 * - Avro schema resolution (avsc): for each event the bus can carry, every
 *   release's schema must read data written with the current one. This is the
 *   wire rule, and it confirms removed fields and changed types.
 * - JSON Schema rules, for what Avro cannot see: enums (strings in Avro),
 *   formats, defaults, nullability, and a required field added, which Avro
 *   lets through but which breaks consumers that handle the events still
 *   queued on the bus from producers that have not upgraded yet.
 */
import { isDeepStrictEqual } from 'node:util';
import avro from 'avsc';
import { isValidAvroNamespace, type AvroRecord } from './avro';
import { fieldTree, typeLabel, type FieldNode, type FieldType } from './field-model';
import type { JsonSchema } from './json-schema';

import { CHANGE_KINDS, COMPATIBILITY_MODE, type ChangeKind } from '../../src/compatibility-rules';
import { compareText } from './sorting';

export { CHANGE_KINDS, COMPATIBILITY_MODE, type ChangeKind };

export interface SchemaChange {
  kind: ChangeKind;
  breaking: boolean;
  /** Dotted path from the data key; null for the event as a whole. */
  field: string | null;
  detail: string;
  /** True when Avro schema resolution fails on this field as well. */
  confirmedByAvro?: boolean;
}

/** One event's schemas as one schema set holds them. */
export interface SchemaPair {
  json: JsonSchema;
  avro: AvroRecord | null;
}

/** Whether a consumer may receive no value (the field absent or null). */
const mayBeEmpty = (f: FieldNode) => !f.required || f.nullable;
const show = (v: unknown) => JSON.stringify(v);

/**
 * What must stay the same for a field to keep its type: the kind, the format
 * and what arrays and maps hold. Class names and enum values are left out:
 * a renamed class is Avro's to judge (records resolve by name), and enums
 * have rules of their own.
 */
function sameType(a: FieldType, b: FieldType): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'array' && b.kind === 'array') return sameType(a.items.type, b.items.type);
  if (a.kind === 'map' && b.kind === 'map') return sameType(a.values.type, b.values.type);
  if (a.kind === 'union' && b.kind === 'union')
    return a.variants.length === b.variants.length && a.variants.every((v, i) => sameType(v, b.variants[i]));
  if (a.kind === 'object' || b.kind === 'object') return true;
  return formatOf(a) === formatOf(b);
}

const formatOf = (t: FieldType) => ('format' in t ? t.format : undefined);
const enumOf = (t: FieldType) => ('enum' in t ? t.enum : undefined);

function change(kind: ChangeKind, field: string | null, detail: string): SchemaChange {
  return { kind, breaking: CHANGE_KINDS[kind].breaking, field, detail };
}

function compareFields(before: FieldNode[], after: FieldNode[], out: SchemaChange[]): void {
  const now = new Map(after.map((f) => [f.name, f]));
  for (const old of before) {
    const current = now.get(old.name);
    const path = old.path;
    if (!current) {
      out.push(change('field-removed', path, `removed (it was ${typeLabel(old.type)}${mayBeEmpty(old) ? ', optional' : ''})`));
      continue;
    }
    if (mayBeEmpty(old) && !mayBeEmpty(current)) out.push(change('optional-made-required', path, 'was optional, is now required'));
    if (!mayBeEmpty(old) && mayBeEmpty(current)) out.push(change('required-made-optional', path, 'was required, is now optional'));
    if (!sameType(old.type, current.type)) {
      out.push(change('type-changed', path, `type ${typeLabel(old.type)} → ${typeLabel(current.type)}`));
    } else {
      compareNested(old.type, current.type, out);
    }
    compareEnums(enumOf(old.type), enumOf(current.type), path, out);
    if (old.default && !current.default) out.push(change('default-removed', path, `default ${show(old.default.value)} removed`));
    if (!old.default && current.default) out.push(change('default-added', path, `default ${show(current.default.value)} added`));
    if (old.default && current.default && show(old.default.value) !== show(current.default.value)) {
      out.push(change('default-changed', path, `default ${show(old.default.value)} → ${show(current.default.value)}`));
    }
  }
  const old = new Set(before.map((f) => f.name));
  for (const f of after) {
    if (old.has(f.name)) continue;
    out.push(
      mayBeEmpty(f)
        ? change('field-added', f.path, `added, optional (${typeLabel(f.type)})`)
        : change('required-field-added', f.path, `added, required (${typeLabel(f.type)})`),
    );
  }
}

/** The fields inside a field of the same type: an object's, or those of the objects an array or a map holds. */
function compareNested(old: FieldType, current: FieldType, out: SchemaChange[]): void {
  if (old.kind === 'object' && current.kind === 'object') compareFields(old.fields, current.fields, out);
  if (old.kind === 'array' && current.kind === 'array') compareNested(old.items.type, current.items.type, out);
  if (old.kind === 'map' && current.kind === 'map') compareNested(old.values.type, current.values.type, out);
}

function compareEnums(old: unknown[] | undefined, now: unknown[] | undefined, path: string, out: SchemaChange[]): void {
  if (!old && !now) return;
  if (!old) {
    out.push(change('enum-narrowed', path, `now limited to ${now!.map(show).join(', ')}`));
    return;
  }
  if (!now) {
    out.push(change('enum-widened', path, `no longer limited to ${old.map(show).join(', ')}`));
    return;
  }
  const removed = old.filter((v) => !now.some((w) => show(w) === show(v)));
  const added = now.filter((v) => !old.some((w) => show(w) === show(v)));
  if (removed.length) out.push(change('enum-narrowed', path, `values removed: ${removed.map(show).join(', ')}`));
  if (added.length) out.push(change('enum-widened', path, `values added: ${added.map(show).join(', ')}`));
}

/** Where Avro resolution (old schema reading data written with the new one) fails, field by field. */
export function avroFailures(oldType: avro.Type, newType: avro.Type, path = ''): Array<{ field: string | null; detail: string }> {
  try {
    oldType.createResolver(newType);
    return [];
  } catch (error) {
    if (oldType instanceof avro.types.RecordType && newType instanceof avro.types.RecordType) {
      const found = oldType.fields.flatMap((f) => {
        const fieldPath = path ? `${path}.${f.name}` : f.name;
        const written = newType.field(f.name);
        if (!written) {
          return f.defaultValue() === undefined
            ? [{ field: fieldPath, detail: 'the new schema no longer writes it and it has no default' }]
            : [];
        }
        return avroFailures(f.type, written.type, fieldPath);
      });
      if (found.length) return found;
    }
    return [{ field: path || null, detail: (error as Error).message }];
  }
}

/**
 * avsc, like the Avro specification, rejects a namespace with a dash, which
 * one upstream event type has (a known issue). Both sides of a comparison
 * share the namespace, so the same substitute keeps resolution by name intact.
 */
export function parseAvro(record: AvroRecord): avro.Type {
  const namespace =
    record.namespace && !isValidAvroNamespace(record.namespace) ? record.namespace.replace(/[^A-Za-z0-9_.]/g, '_') : record.namespace;
  return avro.Type.forSchema({ ...record, namespace } as avro.Schema);
}

/** Every change from `before` to `after` of one event type, breaking or not. */
export function compareEventSchemas(before: SchemaPair, after: SchemaPair): SchemaChange[] {
  const out: SchemaChange[] = [];
  compareFields(fieldTree(before.json), fieldTree(after.json), out);
  // The same Avro schema always reads its own data: skip avsc's resolver (most events, most runs).
  if (before.avro && after.avro && !isDeepStrictEqual(before.avro, after.avro)) {
    const failures = avroFailures(parseAvro(before.avro), parseAvro(after.avro));
    for (const failure of failures) {
      const known = out.find((c) => c.breaking && c.field === failure.field);
      if (known) known.confirmedByAvro = true;
      else out.push(change('avro-resolution', failure.field, failure.detail));
    }
  }
  return out.sort((a, b) => compareText(a.field ?? '', b.field ?? '') || compareText(a.kind, b.kind));
}

/** One event of a schema set, ready to compare. */
export interface SetEvent {
  signal: string;
  eventType: string;
  deprecated: boolean;
  schemas: SchemaPair;
}

export interface EventDiff {
  signal: string;
  eventType: string;
  status: 'added' | 'removed' | 'changed';
  changes: SchemaChange[];
}

/** Events added, removed and changed from one schema set to another, by event type. */
export function compareSchemaSets(before: SetEvent[], after: SetEvent[]): EventDiff[] {
  const old = new Map(before.map((e) => [e.eventType, e]));
  const now = new Map(after.map((e) => [e.eventType, e]));
  const diffs: EventDiff[] = [];
  for (const [type, e] of old) {
    const current = now.get(type);
    if (!current) {
      const removal = e.deprecated
        ? { ...change('event-removed', null, 'removed after its deprecation'), breaking: false }
        : change('event-removed', null, 'removed without being deprecated in a release first');
      diffs.push({ signal: e.signal, eventType: type, status: 'removed', changes: [removal] });
      continue;
    }
    const changes = compareEventSchemas(e.schemas, current.schemas);
    if (changes.length) diffs.push({ signal: current.signal, eventType: type, status: 'changed', changes });
  }
  for (const [type, e] of now) {
    if (!old.has(type))
      diffs.push({ signal: e.signal, eventType: type, status: 'added', changes: [change('event-added', null, 'new event type')] });
  }
  return diffs.sort((a, b) => compareText(a.eventType, b.eventType));
}
