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
import { eventAvroSchema, AvroMappingError } from '../../scripts/lib/avro';
import { loadEvents, type EventSource } from '../../scripts/lib/event-source';
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

describe('published Avro schemas', () => {
  let events: EventSource[];
  let manifest: Manifest;
  before(async () => {
    // The events defined today: those upstream removed are in no current schema set.
    events = (await loadEvents(ROOT)).filter((e) => !e.definition.history.at(-1)?.eventRemoved);
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

  // Parsing with avsc and round-tripping every example: test/consumers/avro.test.ts, on every published set.
  it('are CloudEvent records named by the event type, one field per data key', () => {
    for (const e of events) {
      const text = published(e.definition.eventType);
      if (!text) continue;
      const schema = JSON.parse(text) as { namespace: string; name: string; fields: Array<{ name: string }> };
      assert.equal(schema.name, 'CloudEvent');
      assert.equal(schema.namespace, e.definition.eventType);
      assert.deepEqual(
        schema.fields.map((f) => f.name),
        Object.keys(e.definition.data),
      );
    }
  });

  it('follow the event bus mapping: long, double, arrays, maps, ["null", T] with default null, records named once', () => {
    const Inner = dataClass(
      { name: 'InnerData', module: 'test', description: 'inner', history: [] },
      z.object({ n: z.number().int().describe('n') }),
    );
    const Outer = dataClass(
      { name: 'OuterData', module: 'test', description: 'outer', history: [] },
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
    const Bad = dataClass(
      { name: 'BadData', module: 'test', description: 'b', history: [] },
      z.object({ blob: z.unknown().describe('b') }),
    );
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
