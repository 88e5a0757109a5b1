/**
 * The published Avro schemas, for every event: avsc parses them, and every
 * example payload round-trips. Events upstream cannot serialize have none.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import avro from 'avsc';
import { z } from 'zod';
import { isValidAvroNamespace, eventAvroSchema, AvroMappingError } from '../../scripts/lib/avro';
import { loadEvents, type EventSource } from '../../scripts/lib/event-source';
import { eventDataSchema } from '../../scripts/lib/json-schema';
import { dataClass } from '../../src/events/model';
import { avroSchemaPath, NEXT, schemaDir } from '../../src/site';
import { ROOT } from '../support/temp-site';

interface Manifest {
  events: Array<{ signal: string; avro: string | null; avroSha256: string | null }>;
}

/** The schemas of the current definitions: the `next` set. */
function published(eventType: string): string | undefined {
  const file = path.join(ROOT, 'static', avroSchemaPath(eventType, NEXT));
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
}

/** The wire form of a payload: what zod makes of it (defaults filled in), as JSON. */
function wire(event: EventSource['definition'], payload: unknown): unknown {
  return JSON.parse(JSON.stringify(eventDataSchema(event).parse(payload)));
}

describe('published Avro schemas', () => {
  let events: EventSource[];
  let manifest: Manifest;
  before(async () => {
    events = await loadEvents(ROOT);
    manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'static', `${schemaDir(NEXT)}index.json`), 'utf8')) as Manifest;
  });

  const excused = (e: EventSource) => (e.definition.exceptions ?? []).some((x) => x.rule === 'event-bus-serializable');

  it('exist exactly for the events upstream can send, and are listed in the manifest', () => {
    for (const e of events) {
      const text = published(e.definition.eventType);
      const entry = manifest.events.find((m) => m.signal === e.definition.signal)!;
      if (excused(e)) {
        assert.equal(text, undefined, `${e.definition.signal} is not serializable but has an Avro schema`);
        assert.equal(entry.avro, null);
      } else {
        assert.ok(text, `${e.definition.signal} has no Avro schema`);
        assert.ok(entry.avro?.endsWith(avroSchemaPath(e.definition.eventType, NEXT)));
      }
    }
    assert.ok(events.filter(excused).length < events.length / 2);
  });

  it('parse with avsc and round-trip every example (invalid namespaces: rejected for that reason only)', () => {
    let roundTrips = 0;
    for (const e of events) {
      const text = published(e.definition.eventType);
      if (!text) continue;
      const schema = JSON.parse(text) as { namespace: string; name: string; fields: unknown[] };
      assert.equal(schema.name, 'CloudEvent');
      assert.equal(schema.namespace, e.definition.eventType);
      assert.deepEqual(
        schema.fields.map((f) => (f as { name: string }).name),
        Object.keys(e.definition.data),
      );
      let type: avro.Type;
      if (isValidAvroNamespace(schema.namespace)) {
        type = avro.Type.forSchema(schema as avro.Schema);
      } else {
        assert.throws(() => avro.Type.forSchema(schema as avro.Schema), /invalid.*name|namespace/i);
        // Everything else in the schema is tested under a valid namespace.
        type = avro.Type.forSchema({ ...schema, namespace: schema.namespace.replace(/-/g, '_') } as avro.Schema);
      }
      for (const example of e.definition.examples) {
        const payload = wire(e.definition, example);
        assert.ok(type.isValid(payload), `${e.definition.signal}: example is not valid Avro`);
        const decoded: unknown = type.fromBuffer(type.toBuffer(payload));
        assert.deepEqual(JSON.parse(JSON.stringify(decoded)) as unknown, payload, `${e.definition.signal}: round trip changed the payload`);
        roundTrips++;
      }
    }
    assert.ok(roundTrips >= 70, `only ${roundTrips} round trips`);
  });

  it('follow the event bus mapping: long, double, arrays, maps, ["null", T] with default null, records named once', () => {
    const Inner = dataClass({ name: 'InnerData', module: 'test', description: 'inner' }, z.object({ n: z.number().int().describe('n') }));
    const Outer = dataClass(
      { name: 'OuterData', module: 'test', description: 'outer' },
      z.object({
        count: z.number().int().describe('c'),
        ratio: z.number().describe('r'),
        tags: z.array(z.string()).describe('t'),
        scores: z.record(z.number().int()).describe('s'),
        first: Inner,
        second: Inner.nullable().default(null),
        note: z.string().describe('n').nullable().default(null),
        flag: z.boolean().default(true).describe('f'),
      }),
    );
    const schema = eventAvroSchema({
      signal: 'TEST',
      eventType: 'org.openedx.test.thing.happened.v1',
      description: 'x',
      producers: [],
      consumers: [],
      data: { outer: Outer },
      examples: [],
      history: [],
    });
    assert.deepEqual(schema.fields[0].type, {
      name: 'OuterData',
      type: 'record',
      fields: [
        { name: 'count', type: 'long' },
        { name: 'ratio', type: 'double' },
        { name: 'tags', type: { type: 'array', items: 'string' } },
        { name: 'scores', type: { type: 'map', values: 'long' } },
        { name: 'first', type: { name: 'InnerData', type: 'record', fields: [{ name: 'n', type: 'long' }] } },
        { name: 'second', type: ['null', 'InnerData'], default: null },
        { name: 'note', type: ['null', 'string'], default: null },
        { name: 'flag', type: 'boolean' },
      ],
    });
    assert.equal(schema.namespace, 'org.openedx.test.thing.happened.v1');
    avro.Type.forSchema(schema as unknown as avro.Schema);
  });

  it('report a type with no Avro form at its field path', () => {
    const Bad = dataClass({ name: 'BadData', module: 'test', description: 'b' }, z.object({ blob: z.unknown().describe('b') }));
    assert.throws(
      () =>
        eventAvroSchema({
          signal: 'TEST',
          eventType: 'org.openedx.test.thing.happened.v1',
          description: 'x',
          producers: [],
          consumers: [],
          data: { bad: Bad },
          examples: [],
          history: [],
        }),
      (error: unknown) => error instanceof AvroMappingError && error.field === 'bad.blob',
    );
  });
});
