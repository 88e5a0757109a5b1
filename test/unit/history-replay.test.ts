/**
 * The replayed history: a definition's history must give exactly today's
 * schema, and each `breaking` flag must be what the rules compute. Each
 * mutation below is one a careless edit makes; each must be refused with a
 * message naming the file, the event and the entry.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { dataClass, defineEvent, type DataClassHistoryEntry, type EventDefinition, type HistoryEntry } from '../../src/events/model';
import { plainDefinitionNames } from '../../scripts/lib/json-schema';
import { compareEventsBetween, replayHistories } from '../../scripts/lib/release-history';
import type { Problem } from '../../scripts/lib/problems';

/** A class like upstream's CourseCatalogData: created in 0.11.0, a field removed in 0.12.0, one added in 0.14.0. */
function catalogClass(history: DataClassHistoryEntry[], today: z.ZodRawShape = {}) {
  return dataClass(
    { name: 'Catalog', module: 'testing', description: 'A test class.', history },
    z.object({
      course_key: z.string().min(1),
      name: z.string(),
      hidden: z.boolean().nullable().default(null),
      ...today,
    }),
  );
}

const CLASS_HISTORY: DataClassHistoryEntry[] = [
  {
    release: '0.11.0',
    summary: 'Created.',
    breaking: false,
    added: { course_key: z.string().min(1), name: z.string(), org: z.string() },
  },
  { release: '0.12.0', summary: 'The organization was dropped.', breaking: true, removed: ['org'] },
  { release: '0.14.0', summary: 'A hidden flag was added.', breaking: false, added: { hidden: z.boolean().nullable().default(null) } },
];

function event(
  schema: z.ZodObject<z.ZodRawShape>,
  history: HistoryEntry[],
  eventType = 'org.openedx.testing.catalog.changed.v1',
): EventDefinition {
  return defineEvent({
    signal: 'CATALOG_CHANGED',
    eventType,
    description: 'A test event.',
    producers: [],
    consumers: [],
    data: { catalog: schema },
    examples: [{ catalog: { course_key: 'course-v1:a+b+c', name: 'A', hidden: null } }],
    history,
  });
}

const EVENT_HISTORY: HistoryEntry[] = [{ release: '0.11.0', summary: 'Added.', breaking: false, added: { catalog: z.object({}) } }];

function replay(definition: EventDefinition): { problems: Problem[]; history: ReturnType<typeof replayHistories> } {
  const problems: Problem[] = [];
  const history = replayHistories([{ file: 'src/events/testing/catalog-changed.event.ts', definition }], plainDefinitionNames, problems);
  return { problems, history };
}

/** The event with its data key added as the class, the normal case. */
function validEvent(classHistory = CLASS_HISTORY, eventHistory?: (schema: z.ZodObject<z.ZodRawShape>) => HistoryEntry[]) {
  const schema = catalogClass(classHistory);
  return event(schema, eventHistory ? eventHistory(schema) : [{ ...EVENT_HISTORY[0], added: { catalog: schema } }]);
}

function messages(problems: Problem[]): string {
  return problems.map((p) => `${p.file} ${p.event ?? ''} ${p.field ?? ''}: ${p.message}`).join('\n');
}

describe('history replay', () => {
  it('gives the fields of each release, and what each release changed', () => {
    const { problems, history } = replay(validEvent());
    assert.equal(messages(problems), '');
    assert.ok(history);
    const fieldsAt = (release: string) =>
      Object.keys(
        (history.eventAt('CATALOG_CHANGED', release)!.json.definitions as Record<string, { properties: object }>).Catalog.properties,
      );
    assert.deepEqual(fieldsAt('0.11.0'), ['course_key', 'name', 'org']);
    assert.deepEqual(fieldsAt('0.13.0'), ['course_key', 'name']);
    assert.deepEqual(fieldsAt('11.2.0'), ['course_key', 'name', 'hidden']);
    assert.equal(history.eventAt('CATALOG_CHANGED', '0.10.0'), null);
    const releases = history
      .eventReleases('CATALOG_CHANGED')
      .map((r) => [r.release, r.kind, r.breaking, r.changes.map((c) => `${c.kind} ${c.field}`)]);
    assert.deepEqual(releases, [
      ['0.11.0', 'added', false, []],
      ['0.12.0', 'changed', true, ['field-removed catalog.org']],
      ['0.14.0', 'changed', false, ['field-added catalog.hidden']],
    ]);
  });

  it("refuses a history entry removed (the replay no longer gives today's schema)", () => {
    const { problems } = replay(validEvent(CLASS_HISTORY.filter((h) => h.release !== '0.14.0')));
    assert.match(
      messages(problems),
      /src\/events\/data\/testing\.ts {2}Catalog\.hidden: is in today's schema but no history entry adds it/,
    );
  });

  it('refuses a type changed without an entry', () => {
    const schema = catalogClass(CLASS_HISTORY);
    // Today's `name` becomes a number; the history still says string.
    const changed = dataClass(
      { name: 'Catalog', module: 'testing', description: 'A test class.', history: CLASS_HISTORY },
      z.object({ course_key: z.string().min(1), name: z.number(), hidden: z.boolean().nullable().default(null) }),
    );
    void schema;
    const { problems } = replay(event(changed, [{ ...EVENT_HISTORY[0], added: { catalog: changed } }]));
    assert.match(messages(problems), /Catalog\.name: has a different type in today's schema than the history gives it/);
  });

  it('refuses a wrong breaking flag, naming the entry and what the rules computed', () => {
    const wrong = CLASS_HISTORY.map((h) => (h.release === '0.12.0' ? { ...h, breaking: false } : h));
    const { problems } = replay(validEvent(wrong));
    assert.match(
      messages(problems),
      /src\/events\/data\/testing\.ts CATALOG_CHANGED Catalog\.history\[1\]\.breaking: is false, but for CATALOG_CHANGED the rules find a breaking change: catalog\.org: field-removed/,
    );
    const additive = CLASS_HISTORY.map((h) => (h.release === '0.14.0' ? { ...h, breaking: true } : h));
    assert.match(
      messages(replay(validEvent(additive)).problems),
      /Catalog\.history\[2\]\.breaking: is true, but .* the rules find nothing breaking in it \(catalog\.hidden: field-added\)/,
    );
  });

  it('refuses a removal of a field the replay does not have, and entries out of order', () => {
    const ghost = [...CLASS_HISTORY, { release: '1.0.0', summary: 'x', breaking: true, removed: ['nope'] }];
    assert.match(
      messages(replay(validEvent(ghost)).problems),
      /Catalog\.history\[3\]\.removed: removes "nope", which the replay has no field of/,
    );
    const unordered = [CLASS_HISTORY[0], CLASS_HISTORY[2], CLASS_HISTORY[1]];
    assert.match(messages(replay(validEvent(unordered)).problems), /does not come after the previous entry's 0\.14\.0/);
    const unknown = CLASS_HISTORY.map((h, i) => (i === 2 ? { ...h, release: '10.6.0' } : h));
    assert.match(
      messages(replay(validEvent(unknown)).problems),
      /"10\.6\.0" is not an openedx-events release listed in src\/events\/releases\.ts/,
    );
  });

  it('gives the event type of each release from its renames, and marks a rename breaking', () => {
    const definition = validEvent(CLASS_HISTORY, (schema) => [
      { ...EVENT_HISTORY[0], added: { catalog: schema } },
      { release: '8.0.1', summary: 'Moved to another domain.', breaking: true, renamedFrom: 'org.openedx.old.catalog.changed.v1' },
    ]);
    const { problems, history } = replay(definition);
    assert.equal(messages(problems), '');
    assert.equal(history!.eventAt('CATALOG_CHANGED', '8.0.0')!.definition.eventType, 'org.openedx.old.catalog.changed.v1');
    assert.equal(history!.eventAt('CATALOG_CHANGED', '8.0.1')!.definition.eventType, 'org.openedx.testing.catalog.changed.v1');
    const compared = compareEventsBetween(history!, '7.0.0', '9.0.0').find((c) => c.signal === 'CATALOG_CHANGED')!;
    assert.equal(compared.status, 'renamed');
    assert.equal(compared.breaking, true);
    const notBreaking = validEvent(CLASS_HISTORY, (schema) => [
      { ...EVENT_HISTORY[0], added: { catalog: schema } },
      { release: '8.0.1', summary: 'Moved.', breaking: false, renamedFrom: 'org.openedx.old.catalog.changed.v1' },
    ]);
    assert.match(
      messages(replay(notBreaking).problems),
      /history\[1\]\.breaking: is false, but the rules find a breaking change: the event type changes/,
    );
  });

  it('ends an event upstream removed, and refuses an entry after its removal', () => {
    const removed = validEvent(CLASS_HISTORY, (schema) => [
      { ...EVENT_HISTORY[0], added: { catalog: schema } },
      { release: '2.0.0', summary: 'Removed upstream.', breaking: true, eventRemoved: true },
    ]);
    const { problems, history } = replay(removed);
    assert.equal(messages(problems), '');
    assert.ok(history!.eventAt('CATALOG_CHANGED', '1.0.0'));
    assert.equal(history!.eventAt('CATALOG_CHANGED', '2.0.0'), null);
    const after = validEvent(CLASS_HISTORY, (schema): HistoryEntry[] => [
      { ...EVENT_HISTORY[0], added: { catalog: schema } },
      { release: '2.0.0', summary: 'Removed upstream.', breaking: true, eventRemoved: true as const },
      { release: '3.0.0', summary: 'Back?', breaking: false, added: { other: z.string() } },
    ]);
    assert.match(messages(replay(after).problems), /history\[1\]\.eventRemoved: the entry that removes the event must be the last one/);
  });

  it('refuses a data class used before its history starts', () => {
    const definition = validEvent(CLASS_HISTORY, (schema) => [
      { release: '0.5.0', summary: 'Added.', breaking: false, added: { catalog: schema } },
    ]);
    assert.match(messages(replay(definition).problems), /testing\.Catalog is used at 0\.5\.0, but its history starts at 0\.11\.0/);
  });
});
