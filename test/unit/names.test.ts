/**
 * Arbitrary names are either refused by scripts/lib/names.ts or safe where
 * they go: a signal's page slug and an event type's file name stay inside
 * their folder, a field or data class name is a name avsc accepts, an ADR
 * slug is a path of plain segments. And text put into MDX prose keeps every
 * brace, angle bracket and backslash escaped.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import avro from 'avsc';
import fc from 'fast-check';
import { nameProblem } from '../../scripts/lib/names';
import { escapeMdxText } from '../../scripts/lib/render/mdx';
import { avroSchemaPath, eventSlug, schemaPath } from '../../src/site';

// Mostly the characters names are made of, with the ones that make trouble mixed in.
const nameChars = fc.constantFrom(...'aZ_09.-/\\ {}<>#é\u0000'.split(''), 'A', 'b', 'Q', '_');
const anyName = fc.oneof(fc.string({ unit: nameChars, maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 12 }));

/** `file` resolved under `dir` stays inside it. */
const inside = (dir: string, file: string) => path.resolve('/site', dir, file).startsWith(`${path.resolve('/site', dir)}/`);

describe('names', () => {
  it('an accepted signal makes a page slug inside its folder, distinct per signal', () => {
    fc.assert(
      fc.property(anyName, anyName, (a, b) => {
        if (nameProblem('signal', a) !== null) return;
        assert.match(eventSlug(a), /^[a-z0-9-]+$/);
        assert.ok(inside('docs/events', `${eventSlug(a)}.mdx`));
        if (nameProblem('signal', b) === null && a !== b) assert.notEqual(eventSlug(a), eventSlug(b));
      }),
      { numRuns: 2000 },
    );
  });

  it('an accepted event type makes schema files inside their folders', () => {
    fc.assert(
      fc.property(anyName, (eventType) => {
        if (nameProblem('eventType', eventType) !== null) return;
        for (const url of [schemaPath(eventType, 'next'), avroSchemaPath(eventType, 'next')]) {
          assert.ok(!url.split('/').some((segment) => segment === '..' || segment === '.'), url);
          assert.ok(inside('static', url.slice(1)), url);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('an accepted field name or data class name is one avsc accepts', () => {
    const reserved = fc.constantFrom('valueOf', 'constructor', '__proto__', 'toString', 'long', 'string', 'null');
    fc.assert(
      fc.property(fc.oneof(anyName, reserved), (name) => {
        if (nameProblem('field', name) === null) avro.Type.forSchema({ type: 'record', name: 'R', fields: [{ name, type: 'string' }] });
        if (nameProblem('dataClass', name) === null) avro.Type.forSchema({ type: 'record', name, fields: [] });
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses the names of the issue', () => {
    for (const [kind, name] of [
      ['signal', '../../ESCAPED'],
      ['signal', 'PROBE_{6*7}'],
      ['signal', ''],
      ['eventType', 'org.openedx/../x.v1'],
      ['eventType', ''],
      ['field', '<script>'],
      ['field', 'has space'],
      ['field', 'naïve'],
      ['field', ''],
      ['field', 'a#b'],
      ['field', 'a.b'],
      ['adrSlug', '/site/../x'],
    ] as const) {
      assert.notEqual(nameProblem(kind, name), null, `${kind} ${JSON.stringify(name)}`);
    }
  });

  it('MDX text keeps every brace, angle bracket and backslash escaped', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('\\', '{', '}', '<', '>', 'a', ' ') }), (text) => {
        const escaped = escapeMdxText(text);
        // Read back as Markdown does: a backslash escapes the punctuation after it.
        assert.equal(escaped.replace(/\\([\\{}<>])/g, '$1'), text);
        assert.doesNotMatch(escaped.replace(/\\[\\{}<>]/g, ''), /[\\{}<>]/);
      }),
      { numRuns: 1000 },
    );
  });
});
