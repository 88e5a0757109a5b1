/**
 * A Python consumer of each schema set: jsonschema's Draft7Validator (Debian's
 * python3-jsonschema, installed by scripts/ensure-python-jsonschema.sh)
 * accepts every example of every event, against the event's file and, when the
 * set has one, against the bundle. validate_examples.py does the work.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { schemaSets } from '../support/schema-sets';

/** Debian's interpreter, which Debian's python3-jsonschema serves, unless PYTHON3 names another. */
const PYTHON = process.env.PYTHON3 ?? '/usr/bin/python3';
const SCRIPT = path.join(__dirname, 'validate_examples.py');

interface Summary {
  jsonschema: string;
  events: number;
  examples: number;
  bundleExamples: number;
  failures: string[];
}

for (const set of schemaSets()) {
  describe(`Python jsonschema on the ${set.channel} set`, () => {
    it(`accepts every example with Draft7Validator${set.bundleFile ? ', per event and in the bundle' : ''}`, (t) => {
      const args = [SCRIPT, ...(set.bundleFile ? ['--bundle', set.bundleFile] : []), ...set.events.map((e) => e.file)];
      const run = spawnSync(PYTHON, args, { encoding: 'utf8' });
      assert.equal(run.error, undefined, `cannot run ${PYTHON}: ${String(run.error)}`);
      assert.ok(run.stdout.trim(), `validate_examples.py printed no summary: ${run.stderr}`);
      const summary = JSON.parse(run.stdout) as Summary;
      t.diagnostic(`jsonschema ${summary.jsonschema}: ${summary.examples} examples, ${summary.bundleExamples} through the bundle`);
      assert.deepEqual(summary.failures, []);
      assert.equal(run.status, 0, run.stderr);
      assert.equal(summary.events, set.events.length);
      assert.ok(summary.examples >= set.events.length, `only ${summary.examples} examples for ${set.events.length} events`);
      assert.equal(summary.bundleExamples, set.bundleFile ? summary.examples : 0);
    });
  });
}
