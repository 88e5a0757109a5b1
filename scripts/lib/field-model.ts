/**
 * The one model of an event's fields: a typed tree, built once from a JSON
 * Schema (the published contract, so frozen releases read the same way as the
 * current definitions). The field table, the schema diffs and the Avro schema
 * are all derived from it, and every type is written with one label format
 * (`string (date-time)`, `array of string`, `map of integer`, `CourseData`).
 */
import type { FieldRowData } from '../../src/reference-data';
import { ISO_FORMAT_DATE_TIME } from '../../src/events/data/keys';
import type { JsonSchema } from './json-schema';

/** What a value is, under its nullability. */
export type FieldType =
  | { kind: 'string' | 'integer' | 'number' | 'boolean' | 'any'; format?: string; enum?: unknown[] }
  | { kind: 'array'; items: ValueSlot }
  | { kind: 'map'; values: ValueSlot }
  | { kind: 'object'; className?: string; fields: FieldNode[] }
  | { kind: 'union'; variants: FieldType[] };

/** A place that holds a value: a field, an array's items, a map's values. */
export interface ValueSlot {
  type: FieldType;
  nullable: boolean;
}

export interface FieldNode extends ValueSlot {
  name: string;
  /** Dotted path from the data key (`[]` for array items, `{}` for map values); also the field's anchor. */
  path: string;
  required: boolean;
  /** Present when the schema declares a default, whatever its value (null included). */
  default?: { value: unknown };
  description?: string;
}

const isNullSchema = (s: JsonSchema) => s.type === 'null';

/** Patterns that stand for a format: date-times are a pattern (what upstream writes), shown as `date-time`. */
function namedPattern(pattern: unknown): string | undefined {
  return pattern === ISO_FORMAT_DATE_TIME ? 'date-time' : undefined;
}

/** Splits `T | null` into T and whether null is allowed; the outer keywords (description, default) stay on T. */
export function unwrapNullable(schema: JsonSchema): { schema: JsonSchema; nullable: boolean } {
  if (Array.isArray(schema.type) && schema.type.includes('null')) {
    const rest = schema.type.filter((t) => t !== 'null');
    return { schema: { ...schema, type: rest.length === 1 ? rest[0] : rest }, nullable: true };
  }
  if (schema.anyOf?.some(isNullSchema)) {
    const rest = schema.anyOf.filter((s) => !isNullSchema(s));
    const { anyOf: _anyOf, ...outer } = schema;
    const inner = rest.length === 1 ? { ...rest[0], ...outer } : { ...outer, anyOf: rest };
    return { schema: inner, nullable: true };
  }
  return { schema, nullable: false };
}

/** The schema's `definitions`, which `$ref`s (`#/definitions/<name>`) point into. */
export type Definitions = Record<string, JsonSchema>;

/** A class used by reference (`$ref`, or `allOf: [{$ref}]` when it carries a description) as its definition. */
export function dereference(schema: JsonSchema, defs: Definitions): JsonSchema {
  const ref = schema.$ref ?? (schema.allOf?.length === 1 ? schema.allOf[0].$ref : undefined);
  if (ref === undefined) return schema;
  const name = ref.replace(/^#\/definitions\//, '');
  const target = defs[name];
  if (!target) throw new Error(`unresolved reference ${ref}`);
  return target;
}

function slotOf(schema: JsonSchema, path: string, defs: Definitions): ValueSlot {
  const { schema: inner, nullable } = unwrapNullable(schema);
  return { type: typeOf(dereference(inner, defs), path, defs), nullable };
}

function typeOf(s: JsonSchema, path: string, defs: Definitions): FieldType {
  if (s.anyOf) return { kind: 'union', variants: s.anyOf.map((v) => slotOf(v, path, defs).type) };
  if (Array.isArray(s.type)) return { kind: 'union', variants: s.type.map((t) => typeOf({ type: t }, path, defs)) };
  switch (s.type) {
    case 'array':
      return { kind: 'array', items: s.items ? slotOf(s.items, `${path}[]`, defs) : { type: { kind: 'any' }, nullable: false } };
    case 'object':
      if (!s.properties && typeof s.additionalProperties === 'object') {
        return { kind: 'map', values: slotOf(s.additionalProperties, `${path}{}`, defs) };
      }
      return { kind: 'object', ...(s.title ? { className: s.title } : {}), fields: fieldsOf(s, path, defs) };
    case 'string':
    case 'integer':
    case 'number':
    case 'boolean': {
      const format = s.format ?? namedPattern(s.pattern);
      return { kind: s.type, ...(format ? { format } : {}), ...(s.enum ? { enum: s.enum } : {}) };
    }
    default:
      return { kind: 'any', ...(s.enum ? { enum: s.enum } : {}) };
  }
}

function fieldsOf(schema: JsonSchema, prefix: string, defs: Definitions): FieldNode[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, prop]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    return {
      name,
      path,
      required: required.has(name),
      ...slotOf(prop, path, defs),
      ...(Object.hasOwn(prop, 'default') ? { default: { value: prop.default } } : {}),
      ...(prop.description ? { description: prop.description } : {}),
    };
  });
}

/** The fields of an object schema (an event's data, a data class, the envelope), in declaration order. */
export function fieldTree(schema: JsonSchema): FieldNode[] {
  return fieldsOf(schema, '', schema.definitions ?? {});
}

/** The label of a type, the same on every page, diff and message. */
export function typeLabel(type: FieldType): string {
  switch (type.kind) {
    case 'array':
      return `array of ${slotLabel(type.items)}`;
    case 'map':
      return `map of ${slotLabel(type.values)}`;
    case 'object':
      return type.className ?? 'object';
    case 'union':
      return type.variants.map(typeLabel).join(' | ');
    default:
      if (type.enum) return type.enum.map((v) => JSON.stringify(v)).join(' | ');
      return type.format ? `${type.kind} (${type.format})` : type.kind;
  }
}

/** A type label with `| null` when the slot allows null. */
export function slotLabel(slot: ValueSlot): string {
  return slot.nullable ? `${typeLabel(slot.type)} | null` : typeLabel(slot.type);
}

/** The fields a type holds: an object's own, or those of its array items or map values. */
export function childFields(type: FieldType): FieldNode[] {
  if (type.kind === 'object') return type.fields;
  if (type.kind === 'array') return childFields(type.items.type);
  if (type.kind === 'map') return childFields(type.values.type);
  return [];
}

/** Every field of a tree, parents before children. */
export function allFields(fields: FieldNode[]): FieldNode[] {
  return fields.flatMap((f) => [f, ...allFields(childFields(f.type))]);
}

/** The rows of a field table: every field, parents before children, with its depth. */
export function fieldRows(fields: FieldNode[], depth = 0): FieldRowData[] {
  return fields.flatMap((f) => [
    {
      path: f.path,
      depth,
      type: slotLabel(f),
      required: f.required,
      nullable: f.nullable,
      ...(f.default ? { default: JSON.stringify(f.default.value) } : {}),
      ...(f.description ? { description: f.description } : {}),
    },
    ...fieldRows(childFields(f.type), depth + 1),
  ]);
}
