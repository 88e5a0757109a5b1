import { defineEvent } from '../model';
import { CourseEnrollmentData } from '../data/learning';

export default defineEvent({
  signal: 'COURSE_UNENROLLMENT_COMPLETED',
  eventType: 'org.openedx.learning.course.unenrollment.completed.v1',
  description:
    'The LMS announces that a learner left a course run. The enrollment record stays, marked inactive, and is sent ' +
    'as it is after the unenrollment.',
  keyField: 'enrollment.course.course_key',
  addedIn: '0.4.0',
  producers: [
    {
      repository: 'openedx/edx-platform',
      service: 'LMS',
      trigger: 'A learner unenrolls, or staff or an API unenroll them.',
    },
  ],
  consumers: [
    {
      repository: 'openedx/edx-enterprise',
      service: 'LMS (edx-enterprise plugin)',
      use: "Marks the learner's enterprise course enrollment as unenrolled.",
    },
  ],
  data: { enrollment: CourseEnrollmentData },
  examples: [
    {
      enrollment: {
        user: {
          id: 4231,
          is_active: true,
          pii: { username: 'ana_garcia', email: 'ana.garcia@example.com', name: 'Ana García' },
        },
        course: {
          course_key: 'course-v1:edX+DemoX+Demo_Course',
          display_name: 'Demonstration Course',
          start: '2026-01-12T09:00:00Z',
          end: '2026-04-30T23:59:00Z',
        },
        mode: 'verified',
        is_active: false,
        creation_date: '2026-01-05T16:42:10Z',
        created_by: null,
      },
    },
  ],
  history: [
    {
      release: '0.4.0',
      date: '2021-08-18',
      summary: 'Event added in the first set of learning events.',
      changes: [
        { kind: 'added', field: 'enrollment.user' },
        { kind: 'added', field: 'enrollment.course' },
        { kind: 'added', field: 'enrollment.mode' },
        { kind: 'added', field: 'enrollment.is_active' },
        { kind: 'added', field: 'enrollment.creation_date' },
        { kind: 'added', field: 'enrollment.created_by' },
      ],
      breaking: false,
    },
  ],
});
