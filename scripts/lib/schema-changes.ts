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
import type { JsonSchema } from './json-schema';

import { CHANGE_KINDS, COMPATIBILITY_MODE, type ChangeKind } from '../../src/compatibility-rules';

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

interface FieldShape {
  /** `string`, `string(date-time)`, `integer`, `array<…>`, `map<…>`, `object`… */
  type: string;
  nullable: boolean;
  enum?: unknown[];
  hasDefault: boolean;
  default?: unknown;
  properties?: Map<string, { required: boolean; shape: FieldShape }>;
}

function typeName(node: JsonSchema): string {
  if (node.type === 'array') return `array<${node.items ? shapeOf(node.items).type : 'any'}>`;
  if (node.type === 'object' && !node.properties && typeof node.additionalProperties === 'object') {
    return `map<${shapeOf(node.additionalProperties).type}>`;
  }
  if (node.anyOf) return node.anyOf.map((n) => shapeOf(n).type).join('|');
  const type = Array.isArray(node.type) ? node.type.filter((t) => t !== 'null').join('|') : (node.type ?? 'any');
  return node.format ? `${type}(${node.format})` : type;
}

function shapeOf(node: JsonSchema): FieldShape {
  const hasDefault = Object.hasOwn(node, 'default');
  const base = { hasDefault, ...(hasDefault ? { default: node.default } : {}) };
  const nonNull = node.anyOf?.filter((n) => n.type !== 'null');
  if (node.anyOf && nonNull && nonNull.length === 1 && nonNull.length < node.anyOf.length) {
    return { ...shapeOf(nonNull[0]), ...base, nullable: true };
  }
  const nullable = Array.isArray(node.type) && node.type.includes('null');
  const shape: FieldShape = { type: typeName(node), nullable, ...base };
  if (node.enum) shape.enum = node.enum;
  if (node.type === 'object' && node.properties) {
    const required = new Set(node.required ?? []);
    shape.properties = new Map(Object.entries(node.properties).map(([name, child]) => [name, { required: required.has(name), shape: shapeOf(child) }]));
  }
  return shape;
}

const mayBeEmpty = (f: { required: boolean; shape: FieldShape }) => !f.required || f.shape.nullable;
const show = (v: unknown) => JSON.stringify(v);

function change(kind: ChangeKind, field: string | null, detail: string): SchemaChange {
  return { kind, breaking: CHANGE_KINDS[kind].breaking, field, detail };
}

function compareFields(
  before: Map<string, { required: boolean; shape: FieldShape }>,
  after: Map<string, { required: boolean; shape: FieldShape }>,
  prefix: string,
  out: SchemaChange[],
): void {
  for (const [name, old] of before) {
    const path = prefix + name;
    const now = after.get(name);
    if (!now) {
      out.push(change('field-removed', path, `removed (it was ${old.shape.type}${mayBeEmpty(old) ? ', optional' : ''})`));
      continue;
    }
    if (mayBeEmpty(old) && !mayBeEmpty(now)) out.push(change('optional-made-required', path, 'was optional, is now required'));
    if (!mayBeEmpty(old) && mayBeEmpty(now)) out.push(change('required-made-optional', path, 'was required, is now optional'));
    if (old.shape.type !== now.shape.type) {
      out.push(change('type-changed', path, `type ${old.shape.type} → ${now.shape.type}`));
    } else if (old.shape.properties && now.shape.properties) {
      compareFields(old.shape.properties, now.shape.properties, `${path}.`, out);
    }
    compareEnums(old.shape, now.shape, path, out);
    if (old.shape.hasDefault && !now.shape.hasDefault) out.push(change('default-removed', path, `default ${show(old.shape.default)} removed`));
    if (!old.shape.hasDefault && now.shape.hasDefault) out.push(change('default-added', path, `default ${show(now.shape.default)} added`));
    if (old.shape.hasDefault && now.shape.hasDefault && show(old.shape.default) !== show(now.shape.default)) {
      out.push(change('default-changed', path, `default ${show(old.shape.default)} → ${show(now.shape.default)}`));
    }
  }
  for (const [name, now] of after) {
    if (before.has(name)) continue;
    const path = prefix + name;
    out.push(
      mayBeEmpty(now)
        ? change('field-added', path, `added, optional (${now.shape.type})`)
        : change('required-field-added', path, `added, required (${now.shape.type})`),
    );
  }
}

function compareEnums(old: FieldShape, now: FieldShape, path: string, out: SchemaChange[]): void {
  if (!old.enum && !now.enum) return;
  if (!old.enum) {
    out.push(change('enum-narrowed', path, `now limited to ${now.enum!.map(show).join(', ')}`));
    return;
  }
  if (!now.enum) {
    out.push(change('enum-widened', path, `no longer limited to ${old.enum.map(show).join(', ')}`));
    return;
  }
  const removed = old.enum.filter((v) => !now.enum!.some((w) => show(w) === show(v)));
  const added = now.enum.filter((v) => !old.enum!.some((w) => show(w) === show(v)));
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
          return f.defaultValue() === undefined ? [{ field: fieldPath, detail: 'the new schema no longer writes it and it has no default' }] : [];
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
function parseAvro(record: AvroRecord): avro.Type {
  const namespace = record.namespace && !isValidAvroNamespace(record.namespace) ? record.namespace.replace(/[^A-Za-z0-9_.]/g, '_') : record.namespace;
  return avro.Type.forSchema({ ...record, namespace } as avro.Schema);
}

/** Every change from `before` to `after` of one event type, breaking or not. */
export function compareEventSchemas(before: SchemaPair, after: SchemaPair): SchemaChange[] {
  const out: SchemaChange[] = [];
  const oldShape = shapeOf(before.json);
  const newShape = shapeOf(after.json);
  compareFields(oldShape.properties ?? new Map(), newShape.properties ?? new Map(), '', out);
  // The same Avro schema always reads its own data: skip avsc's resolver (most events, most runs).
  if (before.avro && after.avro && !isDeepStrictEqual(before.avro, after.avro)) {
    const failures = avroFailures(parseAvro(before.avro), parseAvro(after.avro));
    for (const failure of failures) {
      const known = out.find((c) => c.breaking && c.field === failure.field);
      if (known) known.confirmedByAvro = true;
      else out.push(change('avro-resolution', failure.field, failure.detail));
    }
  }
  return out.sort((a, b) => (a.field ?? '').localeCompare(b.field ?? '') || a.kind.localeCompare(b.kind));
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
    if (!old.has(type)) diffs.push({ signal: e.signal, eventType: type, status: 'added', changes: [change('event-added', null, 'new event type')] });
  }
  return diffs.sort((a, b) => a.eventType.localeCompare(b.eventType));
}
