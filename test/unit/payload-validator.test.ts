/**
 * The payload validator's checks (src/components/PayloadValidator/engine.ts,
 * run here in Node as the page runs them) on every published schema set:
 * every example is valid, as data and as a whole message; a payload with one
 * value changed to another type is rejected on that very field
 * (property-based, fast-check), as the project's own Ajv set-up rejects it;
 * and the page's Avro verdict, and the fields it names, are those of avsc in
 * Node on the schema as the consumer tests read it (test/support/avro.ts).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type avro from 'avsc';
import fc from 'fast-check';
import { type EventSchemas, validatePayload } from '../../src/components/PayloadValidator/engine';
import type { AvroSchema } from '../../src/components/PayloadValidator/avro-check';
import { publishedValidator } from '../../scripts/lib/strict-ajv';
import { isValidAvroNamespace } from '../../scripts/lib/avro';
import { parsePublishedAvro } from '../support/avro';
import type { SchemaIndex } from '../support/releases';
import { ROOT } from '../support/temp-site';

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T;
const staticFile = (urlPath: string) => path.join(ROOT, 'static', urlPath);

/** The field paths of each event's page in a schema set, from the page data beside its page. */
function pageFields(version: string): Map<string, string[]> {
  const dir = version === 'next' ? path.join(ROOT, 'docs/events') : path.join(ROOT, 'versioned_docs', `version-${version}`, 'events');
  const fields = new Map<string, string[]>();
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const file = path.join(d, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.data.json')) {
        const data = readJson<{ signal?: string; fields?: Array<{ path: string }> }>(file);
        if (data.signal && data.fields)
          fields.set(
            data.signal,
            data.fields.map((f) => f.path),
          );
      }
    }
  };
  walk(dir);
  return fields;
}

interface Case {
  version: string;
  signal: string;
  schemas: EventSchemas;
  example: unknown;
  envelopeExample: Record<string, unknown>;
  fields: string[];
  avroType: avro.Type | null;
}

function cases(): Case[] {
  const index = readJson<SchemaIndex>(staticFile('/schemas/index.json'));
  return index.versions.flatMap((set) => {
    const envelope = readJson<EventSchemas['envelope'] & { examples: Array<Record<string, unknown>> }>(staticFile(set.envelope.schema));
    const fields = pageFields(set.version);
    return set.events.map((e) => {
      const data = readJson<EventSchemas['data'] & { examples: unknown[] }>(staticFile(e.schema));
      const avroSchema = e.avro ? readJson<AvroSchema & { namespace: string }>(staticFile(new URL(e.avro, 'http://x').pathname)) : null;
      return {
        version: set.version,
        signal: e.signal,
        schemas: { eventType: e.eventType, data, envelope, avro: avroSchema },
        example: data.examples[0],
        envelopeExample: envelope.examples[0],
        fields: fields.get(e.signal) ?? [],
        avroType: avroSchema ? parsePublishedAvro(avroSchema) : null,
      };
    });
  });
}

/** avsc's verdict on the data: the paths its error hook reports. */
function avscPaths(type: avro.Type, data: unknown): string[] {
  const paths: string[] = [];
  type.isValid(data, { errorHook: (p: string[]) => paths.push(p.join('.')) });
  return paths;
}

/** Every place in a JSON value, as the keys from the top. */
function places(value: unknown, at: string[] = []): string[][] {
  const here = at.length ? [at] : [];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => places(v, [...at, `${i}`]))];
  if (value && typeof value === 'object') return [...here, ...Object.entries(value).flatMap(([k, v]) => places(v, [...at, k]))];
  return here;
}

/** A value of another JSON type than `value`. */
function otherType(value: unknown): unknown {
  if (typeof value === 'string') return 42;
  if (typeof value === 'number') return 'forty-two';
  if (typeof value === 'boolean') return 'true';
  if (value === null) return 7;
  return Array.isArray(value) ? { not: 'a list' } : 'not an object';
}

function withValueAt(value: unknown, at: string[], replacement: unknown): unknown {
  if (at.length === 0) return replacement;
  const copy = structuredClone(value) as Record<string, unknown>;
  let node = copy;
  for (const key of at.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[at.at(-1)!] = replacement;
  return copy;
}

/** The field a place belongs to, by the page's own field paths: `users.0.name` → `users[].name`, a map's key → `{}`. */
function fieldOfPlace(at: string[], fields: string[]): string {
  let path = '';
  let nearest = '';
  for (const key of at) {
    const named = path ? `${path}.${key}` : key;
    const isField = (p: string) => fields.some((f) => f === p || f.startsWith(`${p}.`) || f.startsWith(`${p}[`) || f.startsWith(`${p}{`));
    if (isField(named)) path = named;
    else if (/^\d+$/.test(key) && isField(`${path}[]`)) path = `${path}[]`;
    else if (isField(`${path}{}`)) path = `${path}{}`;
    else break;
    if (fields.includes(path)) nearest = path;
  }
  return nearest;
}

describe('the payload validator', () => {
  const all = cases();

  it('covers every event of every published schema set', () => {
    const index = readJson<SchemaIndex>(staticFile('/schemas/index.json'));
    assert.equal(
      all.length,
      index.versions.reduce((n, v) => n + v.events.length, 0),
    );
    const withoutFields = all.filter((c) => c.fields.length === 0 && Object.keys(c.example as object).length > 0);
    assert.deepEqual(
      withoutFields.map((c) => `${c.version} ${c.signal}`),
      [],
      'events whose page lists no field',
    );
  });

  it('accepts every example, as the data and as a whole message, and says avsc encodes it', () => {
    for (const c of all) {
      const asData = validatePayload(JSON.stringify(c.example), c.schemas);
      assert.ok(asData.read === 'data' && asData.valid, `${c.version} ${c.signal}: ${JSON.stringify(asData)}`);
      assert.deepEqual(asData.avro, c.avroType ? { encodable: true } : { unavailable: true }, `${c.version} ${c.signal}`);
      // avsc refuses upstream's one invalid namespace, and only that: the page says so and checks the data all the same.
      const invalidNamespace = c.schemas.avro !== null && !isValidAvroNamespace((c.schemas.avro as { namespace: string }).namespace);
      assert.equal(asData.avroRefused !== null, invalidNamespace, `${c.version} ${c.signal}: ${asData.avroRefused}`);
      if (invalidNamespace) assert.match(asData.avroRefused!, /^invalid name: ".*-/);
      if (c.avroType) assert.deepEqual(avscPaths(c.avroType, c.example), []);
      const message = { ...c.envelopeExample, event_type: c.schemas.eventType, data: c.example };
      const asMessage = validatePayload(JSON.stringify(message), c.schemas);
      assert.ok(asMessage.read === 'message' && asMessage.valid, `${c.version} ${c.signal}: ${JSON.stringify(asMessage)}`);
    }
  });

  it('rejects a value of the wrong type on its field, as Ajv does, and gives the Avro verdict of avsc in Node on the same fields', () => {
    const withPlaces = all.map((c) => ({ c, at: places(c.example) })).filter(({ at }) => at.length > 0);
    const seen = { rejected: 0, notEncodable: 0 };
    fc.assert(
      fc.property(
        fc
          .integer({ min: 0, max: withPlaces.length - 1 })
          .chain((i) => fc.record({ i: fc.constant(i), place: fc.constantFrom(...withPlaces[i].at) })),
        ({ i, place }) => {
          const { c } = withPlaces[i];
          const original = place.reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], c.example);
          const data = withValueAt(c.example, place, otherType(original));
          const verdict = validatePayload(JSON.stringify(data), c.schemas);
          assert.ok(verdict.read === 'data');
          assert.equal(verdict.valid, publishedValidator(c.schemas.data as object)(data), JSON.stringify(data));
          if (!verdict.valid) {
            seen.rejected++;
            const field = fieldOfPlace(place, c.fields);
            const anchors = verdict.problems.map((p) => p.anchor);
            assert.ok(
              anchors.includes(field),
              `${c.signal} ${place.join('.')}: expected ${field}, got ${JSON.stringify(verdict.problems)}`,
            );
          }
          if (c.avroType) {
            const expected = avscPaths(c.avroType, data);
            if (expected.length === 0) assert.deepEqual(verdict.avro, { encodable: true });
            else {
              assert.ok('problems' in verdict.avro, JSON.stringify(verdict.avro));
              seen.notEncodable++;
              const got = verdict.avro.problems.map((p) => p.anchor);
              assert.deepEqual(
                got,
                expected.map((p) => fieldOfPlace(p.split('.'), c.fields)),
              );
            }
          }
        },
      ),
      { numRuns: 1500 },
    );
    // The mutations mostly break the payload: the checks above ran on rejections, not only on accepted payloads.
    assert.ok(seen.rejected > 1000 && seen.notEncodable > 500, JSON.stringify(seen));
  });

  it('names the envelope field of a message that does not match, and a message of another event', () => {
    const c = all.find((x) => x.signal === 'COURSE_CATALOG_INFO_CHANGED' && x.version === 'next')!;
    const message = { ...c.envelopeExample, time: 'yesterday', event_type: 'org.openedx.other.v1', data: c.example };
    const verdict = validatePayload(JSON.stringify(message), c.schemas);
    assert.ok(verdict.read === 'message' && !verdict.valid);
    assert.deepEqual(
      verdict.problems.map((p) => [p.part, p.anchor]),
      [
        ['envelope', 'time'],
        ['envelope', 'event_type'],
      ],
    );
  });

  it('reports a missing field on the field, text that is not JSON, and a value that is no object', () => {
    const c = all.find((x) => x.signal === 'COURSE_CATALOG_INFO_CHANGED' && x.version === 'next')!;
    const { catalog_info: info } = c.example as { catalog_info: Record<string, unknown> };
    const { name: _name, ...withoutName } = info;
    const verdict = validatePayload(JSON.stringify({ catalog_info: withoutName }), c.schemas);
    assert.ok(verdict.read === 'data' && !verdict.valid);
    assert.deepEqual(verdict.problems[0], {
      part: 'data',
      path: 'catalog_info.name',
      anchor: 'catalog_info.name',
      message: 'is required but missing',
    });
    assert.ok('problems' in verdict.avro && verdict.avro.problems[0].anchor === 'catalog_info.name');
    assert.equal(validatePayload('{ "catalog_info": ', c.schemas).read, 'not-json');
    assert.equal(validatePayload('[1, 2]', c.schemas).read, 'not-object');
  });
});
