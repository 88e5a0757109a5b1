import { defineEvent } from '../model';
import { CcxCoursePassingStatusData } from '../data/learning';

export default defineEvent({
  signal: 'CCX_COURSE_PASSING_STATUS_UPDATED',
  eventType: 'org.openedx.learning.ccx.course.passing.status.updated.v1',
  description:
    "The LMS announces that a learner's grade in a Custom Course for edX (CCX) was recomputed, and whether it now " +
    'passes. It differs from COURSE_PASSING_STATUS_UPDATED only in describing the course as a CCX.',
  producers: [
    {
      repository: 'openedx/edx-platform',
      service: 'LMS',
      trigger: "A learner's grade in a CCX course is updated and their passing status is evaluated.",
    },
  ],
  consumers: [
    {
      repository: 'openedx/credentials',
      service: 'Credentials',
      use: 'Feeds badge requirements, so that badges are awarded or revoked.',
    },
  ],
  data: { course_passing_status: CcxCoursePassingStatusData },
  examples: [
    {
      course_passing_status: {
        is_passing: true,
        user: {
          id: 4231,
          is_active: true,
          pii: { username: 'ana_garcia', email: 'ana.garcia@example.com', name: 'Ana García' },
        },
        course: {
          ccx_course_key: 'ccx-v1:edX+DemoX+Demo_Course+ccx@12',
          master_course_key: 'course-v1:edX+DemoX+Demo_Course',
          display_name: '',
          coach_email: '',
          start: null,
          end: null,
          max_students_allowed: null,
        },
      },
    },
  ],
  history: [
    {
      release: '9.10.0',
      summary: 'Event added.',
      breaking: false,
      added: { course_passing_status: CcxCoursePassingStatusData },
    },
  ],
});
