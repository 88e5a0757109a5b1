import { defineEvent } from '../model';
import { CourseData } from '../data/content_authoring';

export default defineEvent({
  signal: 'COURSE_RERUN_COMPLETED',
  eventType: 'org.openedx.content_authoring.course.rerun.completed.v1',
  description:
    'Studio announces that a course rerun has finished: a new course run now exists, filled with the content of ' +
    'the run it was copied from. The payload names the new run.',
  keyField: 'catalog_info.course_key',
  producers: [
    {
      repository: 'openedx/edx-platform',
      service: 'Studio',
      trigger: 'The task that copies an existing course run into a new rerun finishes.',
    },
  ],
  consumers: [
    {
      repository: 'openedx/edx-platform',
      service: 'Studio',
      use: 'Content search indexes every block of the new course run in Meilisearch.',
    },
  ],
  data: { course: CourseData },
  examples: [{ course: { course_key: 'course-v1:edX+DemoX+2026_T2' } }],
  history: [
    {
      release: '10.5.0',
      summary: 'Event added.',
      breaking: false,
      added: { course: CourseData },
    },
  ],
  exceptions: [
    {
      rule: 'key-field-resolves',
      reason:
        'Upstream declares `catalog_info.course_key` as the key field, as it does for COURSE_IMPORT_COMPLETED, but ' +
        'the data key of this event is `course`, so that path does not exist; the course key is at ' +
        '`course.course_key`.',
    },
  ],
});
