/**
 * An event-bus consumer of each schema set: avsc parses every `.avsc` and
 * every example payload of the event (from its JSON Schema) round-trips
 * through it. The one schema with a namespace Avro rejects, upstream's
 * `subsidy.redemption-reversed`, is checked to be rejected for that reason
 * only (test/support/avro.ts).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { isValidAvroNamespace } from '../../scripts/lib/avro';
import { parsePublishedAvro } from '../support/avro';
import { readJson, schemaSets } from '../support/schema-sets';

/** Namespaces upstream publishes that Avro's naming rules reject (a hyphen): a known upstream issue. */
const KNOWN_INVALID_NAMESPACES = ['org.openedx.enterprise.subsidy.redemption-reversed.v1'];

interface AvroRecord {
  name: string;
  namespace: string;
}

for (const set of schemaSets()) {
  describe(`Avro schemas of the ${set.channel} set`, () => {
    it('parse with avsc, and every example of the event round-trips', () => {
      assert.ok(set.avroFiles.length > set.events.length / 2, `only ${set.avroFiles.length} Avro schemas for ${set.events.length} events`);
      const invalid: string[] = [];
      const problems: string[] = [];
      let roundTrips = 0;
      for (const file of set.avroFiles) {
        const schema = readJson<AvroRecord>(file);
        if (!isValidAvroNamespace(schema.namespace)) invalid.push(schema.namespace);
        const type = parsePublishedAvro(schema);
        const event = set.events.find((e) => e.eventType === path.basename(file, '.avsc'));
        if (!event) {
          problems.push(`${path.basename(file)}: no JSON Schema for this event`);
          continue;
        }
        event.examples.forEach((example, i) => {
          const label = `${event.eventType} examples[${i}]`;
          if (!type.isValid(example)) {
            problems.push(`${label}: not valid for the Avro schema`);
            return;
          }
          // Compared as JSON: avsc decodes records into class instances.
          const decoded = JSON.parse(JSON.stringify(type.fromBuffer(type.toBuffer(example)))) as unknown;
          if (!isDeepStrictEqual(decoded, example)) problems.push(`${label}: changed by the round trip`);
          roundTrips++;
        });
      }
      assert.deepEqual(problems, []);
      assert.deepEqual(invalid, KNOWN_INVALID_NAMESPACES);
      assert.ok(roundTrips >= set.avroFiles.length, `only ${roundTrips} round trips for ${set.avroFiles.length} schemas`);
    });
  });
}
