/**
 * fast-check arbitraries driven by a published JSON Schema: payloads that
 * should be valid, and the same payloads with one thing broken.
 */
import fc from 'fast-check';
import type { JsonSchema } from '../../scripts/lib/json-schema';
import { dereference, unwrapNullable, type Definitions } from '../../scripts/lib/field-model';
import { ISO_FORMAT_DATE_TIME } from '../../src/events/data/keys';

/** A date-time as Python's `isoformat()` writes it: naive or with an offset, with or without microseconds. */
const isoDateTime = fc
  .tuple(
    fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }),
    fc.constantFrom('', '+00:00', '-05:00', '+05:30'),
    fc.integer({ min: 0, max: 999_999 }),
  )
  .map(([d, zone, micros]) => d.toISOString().slice(0, 19) + (micros ? `.${String(micros).padStart(6, '0')}` : '') + zone);

const badStrings = fc.constantFrom('', 'not a value', '2024-13-01T00:00:00', '2024-01-01T10:00:00Z', '2024-01-01', '12345');

/** Values of any JSON type, to put where another type is expected. */
export const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string(),
  badStrings,
  fc.array(fc.integer(), { maxLength: 2 }),
  fc.dictionary(fc.string({ maxLength: 3 }), fc.integer(), { maxKeys: 2 }),
);

/** Payloads valid under a published schema (references resolved through its `definitions`). */
export function validValue(schema: JsonSchema, defs: Definitions = schema.definitions ?? {}): fc.Arbitrary<unknown> {
  const { schema: s, nullable } = unwrapNullable(schema);
  const inner = nonNull(dereference(s, defs), defs);
  return nullable ? fc.oneof(fc.constant(null), inner) : inner;
}

function nonNull(s: JsonSchema, defs: Definitions): fc.Arbitrary<unknown> {
  const valid = (child: JsonSchema) => validValue(child, defs);
  if (s.enum) return fc.constantFrom(...s.enum);
  if (s.anyOf) return fc.oneof(...s.anyOf.map(valid));
  switch (s.type) {
    case 'string':
      if (s.pattern === ISO_FORMAT_DATE_TIME) return isoDateTime;
      if (s.format === 'uuid') return fc.uuid();
      return fc.string({ minLength: (s.minLength as number | undefined) ?? 0, maxLength: 12 });
    case 'integer':
      return fc.integer();
    case 'number':
      return fc.double({ noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(s.items ? valid(s.items) : anyJson, { maxLength: 3 });
    case 'object': {
      if (!s.properties) {
        const values = typeof s.additionalProperties === 'object' ? valid(s.additionalProperties) : anyJson;
        return fc.dictionary(fc.string({ maxLength: 6 }), values, { maxKeys: 3 });
      }
      const props = Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, valid(v)]));
      return fc.record(props, { requiredKeys: s.required ?? [] });
    }
    default:
      return anyJson;
  }
}

type Path = Array<string | number>;

function paths(value: unknown, prefix: Path = []): Path[] {
  const out: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

/** A valid payload with one value replaced, one key deleted, or nothing changed. */
export function mutatedValue(schema: JsonSchema): fc.Arbitrary<unknown> {
  return validValue(schema).chain((value) => {
    const candidates = paths(value).filter((p) => p.length > 0);
    if (candidates.length === 0) return fc.constant(value);
    return fc
      .tuple(fc.constantFrom(...candidates), fc.constantFrom('replace', 'delete', 'keep'), anyJson)
      .map(([path, action, replacement]) => {
        const copy = structuredClone(value) as Record<string | number, unknown>;
        let parent: Record<string | number, unknown> = copy;
        for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
        const last = path.at(-1)!;
        if (action === 'replace') parent[last] = replacement;
        else if (action === 'delete' && !Array.isArray(parent)) delete parent[last];
        return copy;
      });
  });
}
