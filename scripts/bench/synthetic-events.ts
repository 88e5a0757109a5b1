/**
 * N synthetic events written as event definition files into a copy of the
 * site, modelled on the real ones (COURSE_CATALOG_INFO_CHANGED): a data class
 * of eight fields shared by a family of ten events, one producer, one
 * consumer, an example, a two-entry class history. They live in their own domain,
 * `synthetic`, ten events per subject, so the sidebar and the data-type pages
 * grow as they would with a real catalog.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const FAMILY_SIZE = 10;
const pad = (n: number, width: number) => String(n).padStart(width, '0');

function familyModule(group: string): string {
  return `import { z } from 'zod';
import { dataClass } from '../model';
import { COURSE_KEY, dateTime, opaqueKey } from '../data/keys';

export const SyntheticRecord${group} = dataClass(
  {
    name: 'SyntheticRecord${group}',
    module: 'synthetic',
    description: 'A course run as catalog services see it, shared by the events of synthetic group ${group}.',
    history: [
      {
        release: '9.0.0',
        summary: 'Added with the events of the synthetic domain used by the benchmark.',
        breaking: false,
        added: {
          course_key: opaqueKey(COURSE_KEY),
          name: z.string(),
          start: dateTime(),
          end: dateTime().nullable().default(null),
          pacing: z.enum(['instructor', 'self']),
          hidden: z.boolean(),
          legacy_id: z.string(),
        },
      },
      {
        release: '10.0.0',
        summary: 'The seat limit and the tags were added; the legacy identifier was dropped.',
        breaking: true,
        added: { seats: z.number().int(), tags: z.array(z.string()) },
        removed: ['legacy_id'],
      },
    ],
  },
  z.object({
    course_key: opaqueKey(COURSE_KEY, 'The course run this record describes.'),
    name: z.string().describe('The title of the course run, as shown to learners.'),
    start: dateTime('When the course run starts.'),
    end: dateTime('When the course run ends; null when it never ends.').nullable().default(null),
    pacing: z.enum(['instructor', 'self']).describe('Whether the run is instructor-paced or self-paced.'),
    hidden: z.boolean().describe('Whether the run is hidden from the catalog.'),
    seats: z.number().int().describe('How many learners can enroll; 0 when there is no limit.'),
    tags: z.array(z.string()).describe('Free-form tags that catalog services use to group runs.'),
  }),
);
`;
}

function eventModule(index: number, group: string): string {
  const id = pad(index, 5);
  return `import { defineEvent } from '../model';
import { SyntheticRecord${group} } from './group-${group}.family';

export default defineEvent({
  signal: 'SYNTHETIC_RECORD_${id}_CHANGED',
  eventType: 'org.openedx.synthetic.group_${group}.record_${id}_changed.v1',
  description:
    'A synthetic event (number ${index}) of the benchmark: Studio announces that a course run changed in a way that ' +
    'matters to course catalogs, so that they refresh their copy of the run without a batch sync.',
  keyField: 'record.course_key',
  producers: [
    { repository: 'openedx/edx-platform', service: 'Studio', trigger: 'A course run is published in Studio (synthetic ${id}).' },
  ],
  consumers: [
    {
      repository: 'openedx/course-discovery',
      service: 'Course Discovery',
      use: 'Updates the matching course run (title, dates, pacing, visibility) of synthetic record ${id}.',
    },
  ],
  data: { record: SyntheticRecord${group} },
  examples: [
    {
      record: {
        course_key: 'course-v1:edX+Synthetic${id}+2026',
        name: 'Synthetic course ${id}',
        start: '2026-01-12T09:00:00+00:00',
        end: null,
        pacing: 'self',
        hidden: false,
        seats: ${index % 500},
        tags: ['synthetic', 'group-${group}'],
      },
    },
  ],
  history: [
    { release: '9.0.0', summary: 'Event added, in the synthetic domain used by the benchmark.', breaking: false, added: { record: SyntheticRecord${group} } },
  ],
});
`;
}

/**
 * Writes `count` events under `<site>/src/events/synthetic/`, then relocks the
 * copy's derived schema sets, which the synthetic events join from 9.0.0 on
 * (`npm run lock-schemas`, outside any measurement).
 */
export function writeSyntheticEvents(siteDir: string, count: number): void {
  const dir = path.join(siteDir, 'src', 'events', 'synthetic');
  fs.mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const group = pad(Math.floor(i / FAMILY_SIZE), 4);
    if (i % FAMILY_SIZE === 0) fs.writeFileSync(path.join(dir, `group-${group}.family.ts`), familyModule(group));
    fs.writeFileSync(path.join(dir, `synthetic-record-${pad(i, 5)}-changed.event.ts`), eventModule(i, group));
  }
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/lock-schemas.ts'], { cwd: siteDir, stdio: 'ignore' });
}
