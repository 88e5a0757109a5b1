/**
 * A JavaScript consumer of each schema set: Ajv 8 in strict mode, with
 * ajv-formats, with and without `useDefaults`, compiles every schema of the
 * set (the bundle too) and accepts every example; the latest alias and its
 * pinned copy load side by side into one Ajv instance.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { bundleDefinition, pinnedOfLatest, schemaSets, type SchemaDocument, type SchemaSet } from '../support/schema-sets';

function strictAjv(useDefaults: boolean): Ajv {
  const ajv = new Ajv({ strict: true, allErrors: true, useDefaults });
  addFormats(ajv);
  return ajv;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The problems a consumer meets with the set in one Ajv instance: schemas that do not compile, examples rejected. */
function validateSet(set: SchemaSet, useDefaults: boolean): { problems: string[]; examples: number } {
  const ajv = strictAjv(useDefaults);
  const problems: string[] = [];
  let examples = 0;
  const check = (label: string, schema: SchemaDocument, payloads: unknown[]) => {
    let validate;
    try {
      validate = ajv.compile(schema);
    } catch (error) {
      problems.push(`${label}: does not compile: ${message(error)}`);
      return;
    }
    payloads.forEach((payload, i) => {
      // useDefaults writes into the payload: each check gets its own copy.
      if (!validate(structuredClone(payload))) problems.push(`${label} examples[${i}]: ${ajv.errorsText(validate.errors)}`);
      examples++;
    });
  };
  check('envelope.json', set.envelope, []);
  for (const event of set.events) check(`${event.eventType}.json`, event.schema, event.examples);
  if (set.bundle) {
    const bundle = set.bundle;
    try {
      ajv.addSchema(bundle);
    } catch (error) {
      problems.push(`bundle.json: not added: ${message(error)}`);
    }
    for (const event of set.events) {
      if (!bundleDefinition(bundle, event)) problems.push(`bundle.json has no definition ${event.schema.title} for ${event.eventType}`);
      else
        check(
          `bundle.json#/definitions/${event.schema.title}`,
          { $ref: `${bundle.$id}#/definitions/${event.schema.title}` },
          event.examples,
        );
    }
  }
  return { problems, examples };
}

for (const set of schemaSets()) {
  describe(`Ajv 8 strict on the ${set.channel} set`, () => {
    for (const useDefaults of [false, true]) {
      it(`compiles every schema${set.bundle ? ' and the bundle' : ''} and accepts every example (useDefaults: ${useDefaults})`, () => {
        const { problems, examples } = validateSet(set, useDefaults);
        assert.deepEqual(problems, []);
        assert.ok(examples >= set.events.length, `only ${examples} examples for ${set.events.length} events`);
      });
    }
  });
}

describe('the latest alias and its pinned copy', () => {
  it('load into one Ajv instance, each file next to its pinned twin', () => {
    const sets = schemaSets();
    const latest = sets.find((set) => set.channel === 'latest')!;
    const pinned = pinnedOfLatest(sets);
    assert.deepEqual(
      latest.events.map((e) => e.eventType),
      pinned.events.map((e) => e.eventType),
    );
    const pairs: Array<[string, SchemaDocument, SchemaDocument]> = [
      ['envelope.json', latest.envelope, pinned.envelope],
      ...latest.events.map((event, i): [string, SchemaDocument, SchemaDocument] => [
        `${event.eventType}.json`,
        event.schema,
        pinned.events[i].schema,
      ]),
    ];
    if (latest.bundle && pinned.bundle) pairs.push(['bundle.json', latest.bundle, pinned.bundle]);
    const ajv = strictAjv(false);
    const problems: string[] = [];
    for (const [file, alias, copy] of pairs) {
      try {
        ajv.addSchema(copy);
        ajv.addSchema(alias);
      } catch (error) {
        problems.push(`${file}: ${message(error)}`);
      }
    }
    assert.deepEqual(problems, []);
  });
});
