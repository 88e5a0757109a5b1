import { defineEvent } from '../model';
import { CourseEnrollmentData } from '../data/learning';

export default defineEvent({
  signal: 'COURSE_ENROLLMENT_CHANGED',
  eventType: 'org.openedx.learning.course.enrollment.changed.v1',
  description:
    'The LMS announces that an existing enrollment changed, typically its track (for example from audit to ' +
    'verified) or whether it is active. The payload is the enrollment as it is after the change.',
  keyField: 'enrollment.course.course_key',
  addedIn: '0.4.0',
  producers: [
    {
      repository: 'openedx/edx-platform',
      service: 'LMS',
      trigger: "An enrollment's mode or active flag is updated.",
    },
  ],
  consumers: [],
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
        is_active: true,
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
