import { defineEvent } from '../model';
import { CoursePassingStatusData } from '../data/learning';

export default defineEvent({
  signal: 'COURSE_PASSING_STATUS_UPDATED',
  eventType: 'org.openedx.learning.course.passing.status.updated.v1',
  description:
    "The LMS announces that a learner's course grade was recomputed, and whether it now passes the course. Badge " +
    'services use it to award badges on course completion.',
  producers: [
    {
      repository: 'openedx/edx-platform',
      service: 'LMS',
      trigger: "A learner's course grade is updated and their passing status is evaluated.",
    },
  ],
  consumers: [
    {
      repository: 'openedx/credentials',
      service: 'Credentials',
      use: 'Feeds badge requirements, so that badges (e.g. Credly or Accredible) are awarded or revoked.',
    },
  ],
  data: { course_passing_status: CoursePassingStatusData },
  examples: [
    {
      course_passing_status: {
        is_passing: true,
        course: {
          course_key: 'course-v1:edX+DemoX+Demo_Course',
          display_name: 'Demonstration Course',
          start: '2026-01-12T09:00:00+00:00',
          end: '2026-04-30T23:59:00+00:00',
        },
        user: {
          id: 4231,
          is_active: true,
          pii: { username: 'ana_garcia', email: 'ana.garcia@example.com', name: 'Ana García' },
        },
      },
    },
  ],
  history: [
    {
      release: '9.10.0',
      summary: 'Event added.',
      breaking: false,
      added: { course_passing_status: CoursePassingStatusData },
    },
  ],
});
