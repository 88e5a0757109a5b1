import { defineEvent } from '../model';
import { CourseData } from '../data/content_authoring';

export default defineEvent({
  signal: 'COURSE_CREATED',
  eventType: 'org.openedx.content_authoring.course.created.v1',
  description:
    'Studio announces that a new course run was created. The payload carries only the course key; consumers ' +
    'that need more read the course from Studio.',
  producers: [
    {
      repository: 'openedx/edx-platform',
      service: 'Studio',
      trigger: 'A new course run is created in Studio.',
    },
  ],
  consumers: [],
  data: { course: CourseData },
  examples: [{ course: { course_key: 'course-v1:OpenedX+Intro101+2026_T1' } }],
  history: [
    {
      release: '8.3.0',
      summary: 'Event added, together with the other Studio lifecycle events for courses and libraries.',
      breaking: false,
      added: { course: CourseData },
    },
  ],
});
