/**
 * The compatibility rules, one row per kind of change: each breaking kind is
 * refused (with Avro's verdict where Avro can see it), each compatible kind
 * passes. Schemas come from zod definitions through the real generators, and
 * every kind of the rules table must come out of one of these scenarios.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { eventAvroSchema } from '../../scripts/lib/avro';
import { breakingMessage, compatibility } from '../../scripts/lib/compatibility';
import { eventJsonSchema } from '../../scripts/lib/json-schema';
import {
  CHANGE_KINDS,
  compareEventSchemas,
  compareSchemaSets,
  type ChangeKind,
  type SchemaChange,
  type SchemaPair,
  type SetEvent,
} from '../../scripts/lib/schema-changes';
import { schemaSetOutputs, type EventSchemas, type FrozenSchemaSet } from '../../scripts/lib/schema-set';
import { envelopeJsonSchema } from '../../scripts/lib/json-schema';
import { dataClass, producerDefault, type DataShape, type EventDefinition } from '../../src/events/model';

const EVENT_TYPE = 'org.openedx.test.thing.changed.v1';

function definition(data: DataShape, overrides: Partial<EventDefinition> = {}): EventDefinition {
  return {
    signal: 'THING_CHANGED',
    eventType: EVENT_TYPE,
    description: 'A thing changed.',
    data,
    producers: [],
    consumers: [],
    examples: [],
    history: [],
    ...overrides,
  };
}

/** The released shape of the test event's data class; each row changes one thing of it. */
function thingShape(): z.ZodRawShape {
  return {
    id: z.string().describe('Identifier.'),
    count: z.number().int().describe('How many.'),
    pacing: z.enum(['instructor', 'self']).describe('Who sets the pace.'),
    end: z.string().nullable().default(null).describe('When it ends, if set.'),
    hidden: producerDefault(z.boolean().describe('Hidden from listings.'), false),
  };
}

function thing(shape: z.ZodRawShape, name = 'ThingData') {
  return dataClass({ name, module: 'test', description: 'A thing.', history: [] }, z.object(shape));
}

function schemas(def: EventDefinition): SchemaPair {
  return { json: eventJsonSchema(def), avro: eventAvroSchema(def) };
}

const released = () => schemas(definition({ thing: thing(thingShape()) }));
const changed = (edit: (shape: z.ZodRawShape) => void, name?: string) => {
  const shape = thingShape();
  edit(shape);
  return schemas(definition({ thing: thing(shape, name) }));
};

interface Row {
  change: string;
  after: () => SchemaPair;
  kinds: string[];
  field: string | null;
  avro: boolean;
}

const BREAKING: Row[] = [
  {
    change: 'a required field removed',
    after: () => changed((s) => delete s.count),
    kinds: ['field-removed'],
    field: 'thing.count',
    avro: true,
  },
  {
    change: 'an optional field removed',
    after: () => changed((s) => delete s.end),
    kinds: ['field-removed'],
    field: 'thing.end',
    avro: false,
  },
  {
    change: 'a required field added',
    after: () => changed((s) => (s.owner = z.string().describe('Who owns it.'))),
    kinds: ['required-field-added'],
    field: 'thing.owner',
    avro: false,
  },
  {
    change: 'a type changed',
    after: () => changed((s) => (s.count = z.string().describe('How many.'))),
    kinds: ['type-changed'],
    field: 'thing.count',
    avro: true,
  },
  {
    change: 'a format changed',
    after: () => changed((s) => (s.id = z.string().uuid().describe('Identifier.'))),
    kinds: ['type-changed'],
    field: 'thing.id',
    avro: false,
  },
  {
    change: 'an optional field made required',
    after: () => changed((s) => (s.end = z.string().describe('When it ends.'))),
    kinds: ['default-removed', 'optional-made-required'],
    field: 'thing.end',
    avro: false,
  },
  {
    change: 'a required field made optional',
    after: () => changed((s) => (s.id = z.string().nullable().default(null).describe('Identifier.'))),
    kinds: ['default-added', 'required-made-optional'],
    field: 'thing.id',
    avro: true,
  },
  {
    change: 'an enum narrowed',
    after: () => changed((s) => (s.pacing = z.enum(['instructor']).describe('Who sets the pace.'))),
    kinds: ['enum-narrowed'],
    field: 'thing.pacing',
    avro: false,
  },
  {
    change: 'an enum widened',
    after: () => changed((s) => (s.pacing = z.enum(['instructor', 'self', 'cohort']).describe('Who sets the pace.'))),
    kinds: ['enum-widened'],
    field: 'thing.pacing',
    avro: false,
  },
  {
    change: 'a default removed',
    after: () => changed((s) => (s.hidden = z.boolean().describe('Hidden from listings.'))),
    kinds: ['default-removed'],
    field: 'thing.hidden',
    avro: false,
  },
  {
    change: 'a default changed',
    after: () => changed((s) => (s.hidden = producerDefault(z.boolean().describe('Hidden from listings.'), true))),
    kinds: ['default-changed'],
    field: 'thing.hidden',
    avro: false,
  },
  {
    change: 'a data class renamed (only Avro sees it: records resolve by name)',
    after: () => changed(() => undefined, 'ThingInfo'),
    kinds: ['avro-resolution'],
    field: 'thing',
    avro: false,
  },
];

const COMPATIBLE: Array<Omit<Row, 'field' | 'avro'>> = [
  {
    change: 'an optional field added',
    after: () => changed((s) => (s.note = z.string().nullable().default(null).describe('A note.'))),
    kinds: ['field-added'],
  },
  {
    change: 'a description changed',
    after: () => changed((s) => (s.count = z.number().int().describe('A better description.'))),
    kinds: [],
  },
  {
    change: 'examples changed',
    after: () =>
      schemas(
        definition(
          { thing: thing(thingShape()) },
          { examples: [{ thing: { id: 'x', count: 1, pacing: 'self', end: null, hidden: false } }] },
        ),
      ),
    kinds: [],
  },
];

/** Two schema sets: one event type kept, one added, one removed after its deprecation, one removed without. */
function schemaSetScenario(): { before: SetEvent[]; after: SetEvent[] } {
  const event = (eventType: string, deprecated = false): SetEvent => ({
    signal: eventType.toUpperCase(),
    eventType,
    deprecated,
    schemas: released(),
  });
  return {
    before: [event('org.openedx.test.a.done.v1'), event('org.openedx.test.b.done.v1', true), event('org.openedx.test.c.done.v1')],
    after: [event('org.openedx.test.a.done.v1'), event('org.openedx.test.a.done.v2')],
  };
}

/** Every scenario of this file, run through the comparison code: the changes it actually produces. */
const SCENARIOS: Array<{ change: string; changes: () => SchemaChange[] }> = [
  ...[...BREAKING, ...COMPATIBLE].map((row) => ({ change: row.change, changes: () => compareEventSchemas(released(), row.after()) })),
  {
    change: 'event types added and removed',
    changes: () => {
      const { before, after } = schemaSetScenario();
      return compareSchemaSets(before, after).flatMap((diff) => diff.changes);
    },
  },
];

describe('compatibility rules (forward transitive)', () => {
  for (const row of BREAKING) {
    it(`refuses ${row.change}`, () => {
      const changes = compareEventSchemas(released(), row.after());
      assert.deepEqual(changes.map((c) => c.kind).sort(), [...row.kinds].sort(), JSON.stringify(changes, null, 2));
      const breaking = changes.filter((c) => c.breaking);
      assert.ok(breaking.length > 0, 'no breaking change found');
      for (const c of breaking) assert.equal(c.field, row.field);
      assert.equal(
        breaking.some((c) => c.confirmedByAvro),
        row.avro,
        `Avro's verdict on ${row.change}`,
      );
    });
  }

  for (const row of COMPATIBLE) {
    it(`accepts ${row.change}`, () => {
      const changes = compareEventSchemas(released(), row.after());
      assert.deepEqual(
        changes.map((c) => c.kind),
        row.kinds,
      );
      assert.ok(changes.every((c) => !c.breaking && !CHANGE_KINDS[c.kind].breaking));
    });
  }

  it('has a scenario that produces each kind of change in the rules table', () => {
    // The kinds the comparison code returns for the scenarios, not the kinds the rows expect.
    const produced = new Set(SCENARIOS.flatMap((scenario) => scenario.changes().map((c) => c.kind)));
    const missing = (Object.keys(CHANGE_KINDS) as ChangeKind[]).filter((kind) => !produced.has(kind));
    assert.deepEqual(missing, [], `no scenario produces ${missing.join(', ')}: add a before/after pair that does`);
  });

  it('compares schema sets: a new event type is compatible, a removed one only after its deprecation', () => {
    const { before, after } = schemaSetScenario();
    const diffs = compareSchemaSets(before, after);
    assert.deepEqual(
      diffs.map((d) => [d.eventType, d.status, d.changes.map((c) => `${c.kind}:${c.breaking}`)]),
      [
        ['org.openedx.test.a.done.v2', 'added', ['event-added:false']],
        ['org.openedx.test.b.done.v1', 'removed', ['event-removed:false']],
        ['org.openedx.test.c.done.v1', 'removed', ['event-removed:true']],
      ],
    );
  });

  it('names the file, the event, the field, the rule and the fix, against every frozen release it breaks', () => {
    const releaseOf = (name: string, def: EventDefinition): FrozenSchemaSet => {
      const event: EventSchemas = { definition: def, schema: eventJsonSchema(def), avro: eventAvroSchema(def) };
      const { files, manifest, archive } = schemaSetOutputs([event], envelopeJsonSchema(), name);
      const texts = new Map([...files].flatMap(([file, content]) => (typeof content === 'string' ? [[file, content] as const] : [])));
      return { release: name, manifest, files: texts, archive };
    };
    const old = definition({ thing: thing(thingShape()) });
    const shape = thingShape();
    delete shape.count;
    const now = definition({ thing: thing(shape) });
    const current = {
      definition: now,
      schema: eventJsonSchema(now),
      avro: eventAvroSchema(now),
      file: 'src/events/test/thing-changed.event.ts',
    };
    const result = compatibility([current], [releaseOf('11.3.0', old), releaseOf('11.2.0', old)]);
    assert.equal(result.latest, '11.3.0');
    assert.equal(result.problems.length, 1, 'one problem per breaking change, however many releases it breaks');
    const [problem] = result.problems;
    assert.equal(problem.file, 'src/events/test/thing-changed.event.ts');
    assert.equal(problem.event, 'THING_CHANGED');
    assert.equal(problem.field, 'thing.count');
    assert.match(problem.message, /^breaking change since 11\.3\.0, rule "field-removed"/);
    assert.match(problem.message, /Avro schema resolution fails on it too/);
    assert.match(problem.message, /define the change as a new event type, org\.openedx\.test\.thing\.changed\.v2, beside it/);
    assert.equal(
      breakingMessage('11.2.0', EVENT_TYPE, { kind: 'event-removed', breaking: true, field: null, detail: 'removed' }).includes(
        'deprecated in a release',
      ),
      true,
    );
  });
});
