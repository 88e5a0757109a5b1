/**
 * Whether a value can be encoded with an Avro schema, by avsc itself: the
 * schema parsed with `Type.forSchema`, the value checked with `Type#isValid`,
 * each place avsc's error hook reports made a problem. avsc's types-only
 * entry point keeps its files, streams and services out of the browser; the
 * Node modules it still needs (`util`, `buffer`) come from the polyfills
 * src/plugins/node-polyfills gives the browser build.
 */
import type avro from 'avsc';
import { Type } from 'avsc/etc/browser/avsc-types';

export type AvroSchema = avro.Schema;

export interface AvroProblem {
  /** Field names, item indices and map keys from the top, as avsc's error hook gives them. */
  path: string[];
  message: string;
}

export interface ParsedAvro {
  type: avro.Type;
  /** avsc's reason for refusing the schema as published, when it was read with its names made valid. */
  refused: string | null;
}

/** A name with each character that Avro's names may not hold replaced by `_` (`redemption-reversed` → `redemption_reversed`). */
const validName = (name: string) =>
  name
    .split('.')
    .map((part) => part.replace(/[^A-Za-z0-9_]/g, '_').replace(/^(?=[0-9])/, '_'))
    .join('.');

/** The schema with its type names, namespaces and references to named types made valid; field names and values are left alone. */
function withValidNames(schema: unknown): unknown {
  if (typeof schema === 'string') return validName(schema);
  if (Array.isArray(schema)) return schema.map(withValidNames);
  if (!schema || typeof schema !== 'object') return schema;
  const s = { ...(schema as Record<string, unknown>) };
  for (const key of ['name', 'namespace'] as const) if (typeof s[key] === 'string') s[key] = validName(s[key]);
  for (const key of ['type', 'items', 'values'] as const) if (key in s) s[key] = withValidNames(s[key]);
  if (Array.isArray(s.fields)) s.fields = (s.fields as Array<Record<string, unknown>>).map((f) => ({ ...f, type: withValidNames(f.type) }));
  return s;
}

/**
 * avsc's type for a published schema. Upstream has one event type with a `-`
 * (`subsidy.redemption-reversed`) in the namespace, which Avro's naming rules
 * (and avsc) refuse; the event bus sends it all the same. Such a schema is
 * read with its names made valid, and avsc's refusal is reported beside the verdict.
 */
export function parseAvro(schema: AvroSchema): ParsedAvro {
  try {
    return { type: Type.forSchema(schema), refused: null };
  } catch (error) {
    const refused = error instanceof Error ? error.message : String(error);
    // A schema avsc refuses for another reason than its names is refused again here, and the error reaches the page.
    return { type: Type.forSchema(withValidNames(schema) as AvroSchema), refused };
  }
}

/** How a problem names the type avsc expected at a place. */
function label(type: avro.Type): string {
  const kind = type.typeName;
  if (kind.startsWith('union')) return (type as avro.types.UnwrappedUnionType).types.map(label).join(' or ');
  if (kind === 'record' || kind === 'error') return `an object (record ${type.name?.split('.').at(-1)})`;
  if (kind === 'long' || kind === 'int') return `an integer (${kind})`;
  if (kind === 'float' || kind === 'double') return `a number (${kind})`;
  if (kind === 'map') return 'an object (map)';
  if (kind === 'enum') return `one of ${(type as avro.types.EnumType).symbols.join(', ')}`;
  if (kind === 'array') return 'an array';
  return kind === 'null' ? 'null' : `a ${kind}`;
}

/** Each place where avsc cannot encode `value` with `type`; none when it can. */
export function avroProblems(type: avro.Type, value: unknown): AvroProblem[] {
  const problems: AvroProblem[] = [];
  type.isValid(value, {
    errorHook: (path: string[], found: unknown, expected: avro.Type) =>
      problems.push({
        path,
        message: found === undefined ? `is missing; Avro needs ${label(expected)} (the field has no default)` : `is not ${label(expected)}`,
      }),
  });
  return problems;
}
