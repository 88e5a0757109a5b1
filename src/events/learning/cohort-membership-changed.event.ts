import { defineEvent } from '../model';
import { CohortData } from '../data/learning';

export default defineEvent({
  signal: 'COHORT_MEMBERSHIP_CHANGED',
  eventType: 'org.openedx.learning.cohort_membership.changed.v1',
  description:
    'The LMS announces that a learner was placed in a cohort of a course run, or moved to another one. The payload ' +
    'names the cohort the learner is in after the change.',
  producers: [
    {
      repository: 'openedx/edx-platform',
      service: 'LMS',
      trigger: "A learner's cohort membership is saved, whether assigned automatically or by staff.",
    },
  ],
  consumers: [],
  data: { cohort: CohortData },
  examples: [
    {
      cohort: {
        user: {
          id: 4231,
          is_active: true,
          pii: { username: 'ana_garcia', email: 'ana.garcia@example.com', name: 'Ana García' },
        },
        course: {
          course_key: 'course-v1:edX+DemoX+Demo_Course',
          display_name: 'Demonstration Course',
          start: '2026-01-12T09:00:00+00:00',
          end: '2026-04-30T23:59:00+00:00',
        },
        name: 'Spanish speakers',
      },
    },
  ],
  history: [
    {
      release: '0.4.0',
      summary: 'Event added, in the first release that defined events.',
      breaking: false,
      added: { cohort: CohortData },
    },
  ],
});
