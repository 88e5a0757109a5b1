/**
 * The published JSON Schemas, for every event: they compile under Ajv strict
 * mode, accept the examples and reject broken payloads, and Ajv agrees with
 * zod on thousands of generated payloads. (That the examples satisfy zod is
 * one of the generator's own checks, in scripts/lib/checks.ts.)
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { loadEvents, type EventSource } from '../../scripts/lib/event-source';
import { eventDataSchema, eventTitle, type JsonSchema } from '../../scripts/lib/json-schema';
import { NEXT, schemaId, schemaPath } from '../../src/site';
import { mutatedValue, validValue } from '../support/arbitraries';
import { ROOT } from '../support/temp-site';

/** Property runs shared by all events, so the suite's size stays fixed as the catalog grows. */
const TOTAL_RUNS = 24_000;

/** The schema of the current definition: the `next` set. */
function publishedSchema(eventType: string): JsonSchema {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'static', schemaPath(eventType, NEXT)), 'utf8')) as JsonSchema;
}

function strictAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormats(ajv);
  return ajv;
}

describe('published JSON Schemas', () => {
  let events: EventSource[];
  const validators = new Map<string, ValidateFunction>();
  before(async () => {
    events = (await loadEvents(ROOT)).filter((e) => !e.definition.history.at(-1)?.eventRemoved);
    const ajv = strictAjv();
    for (const { definition } of events) validators.set(definition.eventType, ajv.compile(publishedSchema(definition.eventType)));
  });

  it('compile under Ajv strict mode and carry $schema, $id, title and description', () => {
    assert.ok(events.length > 0);
    for (const { definition } of events) {
      const schema = publishedSchema(definition.eventType);
      assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
      assert.equal(schema.$id, schemaId(definition.eventType, NEXT));
      assert.equal(schema.title, eventTitle(definition.signal));
      assert.ok(typeof schema.description === 'string' && schema.description.length > 20);
    }
  });

  it('accept every example under Ajv', () => {
    let checked = 0;
    for (const { definition } of events) {
      const ajv = validators.get(definition.eventType)!;
      definition.examples.forEach((example, i) => {
        assert.ok(ajv(example), `${definition.signal} examples[${i}] fails Ajv: ${JSON.stringify(ajv.errors)}`);
        checked++;
      });
    }
    assert.ok(checked >= events.length, `only ${checked} examples for ${events.length} events`);
  });

  it('reject what zod rejects: a missing required field, a wrong type, a bad enum, a bad date-time', () => {
    const event = events.find((e) => e.definition.signal === 'COURSE_CATALOG_INFO_CHANGED')!.definition;
    const ajv = validators.get(event.eventType)!;
    const base = event.examples[0] as { catalog_info: Record<string, unknown> };
    const broken = [
      { catalog_info: { ...base.catalog_info, name: undefined } },
      { catalog_info: { ...base.catalog_info, hidden: 'no' } },
      { catalog_info: { ...base.catalog_info, schedule_data: { start: '2026-01-12T09:00:00+00:00', pacing: 'weekly' } } },
      { catalog_info: { ...base.catalog_info, schedule_data: { start: '12 January 2026', pacing: 'self' } } },
      {},
    ].map((p) => JSON.parse(JSON.stringify(p)) as unknown);
    for (const payload of broken) {
      assert.equal(eventDataSchema(event).safeParse(payload).success, false, JSON.stringify(payload));
      assert.equal(ajv(payload), false, JSON.stringify(payload));
    }
  });

  it('agree with zod on generated valid and broken payloads', () => {
    const runs = Math.max(200, Math.floor(TOTAL_RUNS / events.length));
    let valid = 0;
    let invalid = 0;
    for (const { definition } of events) {
      const zod = eventDataSchema(definition);
      const ajv = validators.get(definition.eventType)!;
      const schema = publishedSchema(definition.eventType);
      fc.assert(
        fc.property(fc.oneof(validValue(schema), mutatedValue(schema)), (payload) => {
          const byZod = zod.safeParse(payload).success;
          const byAjv = ajv(payload);
          if (byAjv) valid++;
          else invalid++;
          return byZod === byAjv;
        }),
        { numRuns: runs, seed: 20261125 },
      );
    }
    // The generators must exercise both sides, or agreement proves nothing.
    assert.ok(valid > 0.2 * (valid + invalid), `only ${valid} valid payloads of ${valid + invalid}`);
    assert.ok(invalid > 0.2 * (valid + invalid), `only ${invalid} invalid payloads of ${valid + invalid}`);
  });
});
