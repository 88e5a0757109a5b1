import { defineEvent } from '../model';
import { CourseEnrollmentData } from '../data/learning';
import { VERIFIED_ENROLLMENT } from './course-enrollment.family';

export default defineEvent({
  signal: 'COURSE_ENROLLMENT_CREATED',
  eventType: 'org.openedx.learning.course.enrollment.created.v1',
  description:
    'The LMS announces that a learner was enrolled in a course run. The payload carries the enrollment track and, ' +
    'when someone enrolled the learner on their behalf, who did it.',
  keyField: 'enrollment.course.course_key',
  producers: [
    {
      repository: 'openedx/edx-platform',
      service: 'LMS',
      trigger: 'A new enrollment record is created, by the learner or by staff, an API or a bulk tool.',
    },
  ],
  consumers: [],
  data: { enrollment: CourseEnrollmentData },
  examples: [
    { enrollment: VERIFIED_ENROLLMENT },
    {
      enrollment: {
        user: {
          id: 5890,
          is_active: true,
          pii: { username: 'kwame.mensah', email: 'kwame.mensah@example.org', name: 'Kwame Mensah' },
        },
        course: {
          course_key: 'course-v1:edX+DemoX+Demo_Course',
          display_name: 'Demonstration Course',
          start: '2026-01-12T09:00:00+00:00',
          end: '2026-04-30T23:59:00+00:00',
        },
        mode: 'audit',
        is_active: true,
        creation_date: '2026-01-07T08:15:00+00:00',
        created_by: {
          id: 17,
          is_active: true,
          pii: { username: 'prof_lee', email: 'j.lee@example.edu', name: 'Jordan Lee' },
        },
      },
    },
  ],
  history: [
    {
      release: '0.4.0',
      summary: 'Event added, in the first release that defined events.',
      breaking: false,
      added: { enrollment: CourseEnrollmentData },
    },
  ],
});
