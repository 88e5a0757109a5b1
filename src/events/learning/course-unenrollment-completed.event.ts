import { defineEvent } from '../model';
import { CourseEnrollmentData } from '../data/learning';
import { VERIFIED_ENROLLMENT } from './course-enrollment.family';

export default defineEvent({
  signal: 'COURSE_UNENROLLMENT_COMPLETED',
  eventType: 'org.openedx.learning.course.unenrollment.completed.v1',
  description:
    'The LMS announces that a learner left a course run. The enrollment record stays, marked inactive, and is sent ' +
    'as it is after the unenrollment.',
  keyField: 'enrollment.course.course_key',
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
  examples: [{ enrollment: { ...VERIFIED_ENROLLMENT, is_active: false } }],
  history: [
    {
      release: '0.4.0',
      summary: 'Event added, in the first release that defined events.',
      breaking: false,
      added: { enrollment: CourseEnrollmentData },
    },
  ],
});
