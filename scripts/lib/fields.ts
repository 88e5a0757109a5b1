/**
 * The field table of an event: its JSON Schema flattened to dotted paths
 * (`catalog_info.schedule_data.start`). Built from the published schema, so
 * the table cannot say something the schema does not.
 */
import type { FieldRowData } from '../../src/reference-data';
import type { JsonSchema } from './json-schema';

/** A row of a field table; its path (dotted, `[]` for array items, `{}` for map values) is also its anchor. */
export type FieldRow = FieldRowData;

function isNullSchema(s: JsonSchema): boolean {
  return s.type === 'null';
}

/** Splits `T | null` into T and whether null is allowed. */
export function unwrapNullable(schema: JsonSchema): { schema: JsonSchema; nullable: boolean } {
  if (Array.isArray(schema.type) && schema.type.includes('null')) {
    const rest = schema.type.filter((t) => t !== 'null');
    return { schema: { ...schema, type: rest.length === 1 ? rest[0] : rest }, nullable: true };
  }
  if (schema.anyOf && schema.anyOf.some(isNullSchema)) {
    const rest = schema.anyOf.filter((s) => !isNullSchema(s));
    const { anyOf: _anyOf, ...outer } = schema;
    const inner = rest.length === 1 ? { ...rest[0], ...outer } : { ...outer, anyOf: rest };
    return { schema: inner, nullable: true };
  }
  return { schema, nullable: false };
}

export function typeLabel(schema: JsonSchema): string {
  const { schema: s, nullable } = unwrapNullable(schema);
  let label: string;
  if (s.enum) label = s.enum.map((v) => JSON.stringify(v)).join(' | ');
  else if (s.type === 'array') label = `array of ${s.items ? typeLabel(s.items) : 'any'}`;
  else if (s.type === 'object' && s.title) label = s.title;
  else if (s.type === 'object' && !s.properties && typeof s.additionalProperties === 'object')
    label = `map of ${typeLabel(s.additionalProperties)}`;
  else if (s.anyOf) label = s.anyOf.map(typeLabel).join(' | ');
  else if (typeof s.type === 'string') label = s.format ? `${s.type} (${s.format})` : s.type;
  else if (Array.isArray(s.type)) label = s.type.join(' | ');
  else label = 'any';
  return nullable ? `${label} | null` : label;
}

/** Every field of an object schema, parents before children, in declaration order. */
export function flattenFields(schema: JsonSchema, prefix = '', depth = 0): FieldRow[] {
  const rows: FieldRow[] = [];
  const required = new Set(schema.required ?? []);
  for (const [name, prop] of Object.entries(schema.properties ?? {})) {
    const path = prefix ? `${prefix}.${name}` : name;
    const { schema: inner, nullable } = unwrapNullable(prop);
    rows.push({
      path,
      depth,
      type: typeLabel(prop),
      required: required.has(name),
      nullable,
      ...('default' in prop ? { default: JSON.stringify(prop.default) } : {}),
      ...(prop.description ? { description: prop.description } : {}),
    });
    rows.push(...childFields(inner, path, depth + 1));
  }
  return rows;
}

function childFields(schema: JsonSchema, path: string, depth: number): FieldRow[] {
  if (schema.properties) return flattenFields(schema, path, depth);
  if (schema.type === 'array' && schema.items) return childFields(unwrapNullable(schema.items).schema, `${path}[]`, depth);
  if (typeof schema.additionalProperties === 'object' && !schema.properties)
    return childFields(unwrapNullable(schema.additionalProperties).schema, `${path}{}`, depth);
  return [];
}
