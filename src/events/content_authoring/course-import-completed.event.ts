import { defineEvent } from '../model';
import { CourseData } from '../data/content_authoring';

export default defineEvent({
  signal: 'COURSE_IMPORT_COMPLETED',
  eventType: 'org.openedx.content_authoring.course.import.completed.v1',
  description:
    'Studio announces that importing a course archive into a course run has finished, so the whole content of ' +
    'the run may have been replaced at once.',
  keyField: 'catalog_info.course_key',
  producers: [
    {
      repository: 'openedx/edx-platform',
      service: 'Studio',
      trigger: 'The task that imports a course archive (.tar.gz) into a course run finishes.',
    },
  ],
  consumers: [
    {
      repository: 'openedx/edx-platform',
      service: 'Studio',
      use: 'Content search re-indexes every block of the imported course in Meilisearch.',
    },
  ],
  data: { course: CourseData },
  examples: [{ course: { course_key: 'course-v1:edX+DemoX+Demo_Course' } }],
  history: [
    {
      release: '9.18.0',
      summary: 'Event added.',
      breaking: false,
      added: { course: CourseData },
    },
  ],
  exceptions: [
    {
      rule: 'key-field-resolves',
      reason:
        'Upstream declares `catalog_info.course_key` as the key field, the path used by COURSE_CATALOG_INFO_CHANGED, ' +
        'but the data key of this event is `course`, so that path does not exist; the course key is at ' +
        '`course.course_key`.',
    },
  ],
});
