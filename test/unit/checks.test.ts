/**
 * Every consistency check, fed one bad input at a time, must give the
 * message that names the file, the event and the field.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { checkCatalog } from '../../scripts/lib/checks';
import { formatProblem } from '../../scripts/lib/problems';
import type { EventDefinition } from '../../src/events/model';
import { CourseCatalogData } from '../../src/events/data/content_authoring';
import { adr9, ADR_FILE, checked, cloneEvent, EVENT_FILE } from '../support/fixtures';

function messages(events: EventDefinition[], adrs = [adr9()], files?: string[]): string[] {
  return checkCatalog(
    events.map((e, i) => checked(e, files?.[i] ?? EVENT_FILE)),
    adrs,
  ).map(formatProblem);
}

const E = `${EVENT_FILE}: event COURSE_CATALOG_INFO_CHANGED`;

describe('consistency checks', () => {
  it('accept the real event and ADR 9', () => {
    assert.deepEqual(messages([cloneEvent()]), []);
  });

  const cases: Array<{
    name: string;
    events: () => EventDefinition[];
    adrs?: () => Array<ReturnType<typeof adr9>>;
    files?: string[];
    expected: string[];
  }> = [
    {
      name: 'an excluded field that is also in the schema',
      events: () => {
        const e = cloneEvent();
        e.excludedFields![0].field = 'catalog_info.name';
        return [e];
      },
      expected: [`${E}: field catalog_info.name: listed as excluded (by ADR 9) but present in the schema`],
    },
    {
      name: 'a history entry naming an unknown ADR',
      events: () => {
        const e = cloneEvent();
        e.history[0].adr = 42;
        return [e];
      },
      expected: [`${E}: field history[0].adr: names ADR 42, which does not exist under adr/`],
    },
    {
      name: 'an excluded field citing an unknown ADR',
      events: () => {
        const e = cloneEvent();
        e.excludedFields![1].adr = 77;
        return [e];
      },
      expected: [`${E}: field catalog_info.short_description: names ADR 77, which does not exist under adr/`],
    },
    {
      name: 'an ADR naming an unknown event',
      events: () => [cloneEvent()],
      adrs: () => [adr9({ related_events: ['COURSE_CATALOG_INFO_CHANGED', 'NO_SUCH_EVENT'] })],
      expected: [`${ADR_FILE}: event NO_SUCH_EVENT: field related_events[1]: names an unknown event "NO_SUCH_EVENT"`],
    },
    {
      name: 'an event citing an ADR that does not list it',
      events: () => [cloneEvent()],
      adrs: () => [adr9({ related_events: [] })],
      expected: [
        `${E}: field catalog_info.media: cites ADR 9, which does not list the event: add COURSE_CATALOG_INFO_CHANGED to related_events in ${ADR_FILE}`,
        `${E}: field catalog_info.short_description: cites ADR 9, which does not list the event: add COURSE_CATALOG_INFO_CHANGED to related_events in ${ADR_FILE}`,
        `${E}: field catalog_info.mobile_available: cites ADR 9, which does not list the event: add COURSE_CATALOG_INFO_CHANGED to related_events in ${ADR_FILE}`,
        `${E}: field catalog_info.effort: cites ADR 9, which does not list the event: add COURSE_CATALOG_INFO_CHANGED to related_events in ${ADR_FILE}`,
      ],
    },
    {
      name: 'a key field that does not resolve',
      events: () => [cloneEvent({ keyField: 'catalog_info.course_id' })],
      expected: [`${E}: field catalog_info.course_id: key field "catalog_info.course_id" does not resolve to a field of the event data`],
    },
    {
      name: 'a key field exception where the key resolves',
      events: () => [cloneEvent({ exceptions: [{ rule: 'key-field-resolves', reason: 'test' }] })],
      expected: [`${E}: field exceptions: the "key-field-resolves" exception is not needed: the rule holds, so remove the exception`],
    },
    {
      name: 'an event type without a major version',
      events: () => [cloneEvent({ eventType: 'org.openedx.content_authoring.course.catalog_info.changed' })],
      expected: [
        `${E}: field eventType: "org.openedx.content_authoring.course.catalog_info.changed" breaks the pattern {reverse DNS}.{domain}.{subject}.{action}.v{N}: does not end with a major version such as ".v1". Fix it, or record an "event-type-pattern" exception with its reason`,
      ],
    },
    {
      name: 'an event type with a dash',
      events: () => [cloneEvent({ eventType: 'org.openedx.content_authoring.course.catalog-info.changed.v1' })],
      expected: [
        `${E}: field eventType: "org.openedx.content_authoring.course.catalog-info.changed.v1" breaks the pattern {reverse DNS}.{domain}.{subject}.{action}.v{N}: segment "catalog-info" is not lower-case letters, digits and underscores. Fix it, or record an "event-type-pattern" exception with its reason`,
      ],
    },
    {
      name: 'an event type that is too short',
      events: () => [cloneEvent({ eventType: 'org.openedx.course.changed.v1' })],
      expected: [
        `${E}: field eventType: "org.openedx.course.changed.v1" breaks the pattern {reverse DNS}.{domain}.{subject}.{action}.v{N}: needs at least {reverse DNS (2 segments)}.{domain}.{subject}.{action} before the version. Fix it, or record an "event-type-pattern" exception with its reason`,
      ],
    },
    {
      name: 'duplicate signals and event types',
      events: () => [cloneEvent(), cloneEvent()],
      adrs: () => [adr9()],
      files: [EVENT_FILE, 'src/events/content_authoring/copy.event.ts'],
      expected: [
        `src/events/content_authoring/copy.event.ts: event COURSE_CATALOG_INFO_CHANGED: field signal: duplicate signal "COURSE_CATALOG_INFO_CHANGED", already defined in ${EVENT_FILE}`,
        `src/events/content_authoring/copy.event.ts: event COURSE_CATALOG_INFO_CHANGED: field eventType: duplicate eventType "org.openedx.content_authoring.course.catalog_info.changed.v1", already defined in ${EVENT_FILE}`,
      ],
    },
    {
      name: 'a field without a description',
      events: () => [cloneEvent({ data: { catalog_info: CourseCatalogData.extend({ language: z.string().optional() }) } })],
      expected: [`${E}: field catalog_info.language: field has no description: add .describe("...") to its zod schema`],
    },
    {
      name: 'an example that does not match the schema',
      events: () => {
        const e = cloneEvent();
        (e.examples[0] as { catalog_info: { schedule_data: { pacing: string } } }).catalog_info.schedule_data.pacing = 'weekly';
        return [e];
      },
      expected: [
        `${E}: field catalog_info.schedule_data.pacing: examples[0]: Invalid enum value. Expected 'instructor' | 'self', received 'weekly'`,
      ],
    },
    {
      name: 'ADR history listed oldest first',
      events: () => [cloneEvent()],
      adrs: () => [
        adr9({
          history: [
            { date: '2022-09-14', change: 'a' },
            { date: '2022-10-18', change: 'b' },
          ],
        }),
      ],
      expected: [`${ADR_FILE}: field history[1].date: 2022-10-18 is after 2022-09-14: list the ADR history newest first`],
    },
  ];

  for (const c of cases) {
    it(`reject ${c.name}`, () => {
      assert.deepEqual(messages(c.events(), c.adrs?.() ?? [adr9()], c.files), c.expected);
    });
  }
});
