import { defineEvent } from '../model';
import { CourseEnrollmentData } from '../data/learning';
import { VERIFIED_ENROLLMENT } from './course-enrollment.family';

export default defineEvent({
  signal: 'COURSE_ENROLLMENT_CHANGED',
  eventType: 'org.openedx.learning.course.enrollment.changed.v1',
  description:
    'The LMS announces that an existing enrollment changed, typically its track (for example from audit to ' +
    'verified) or whether it is active. The payload is the enrollment as it is after the change.',
  keyField: 'enrollment.course.course_key',
  producers: [
    {
      repository: 'openedx/edx-platform',
      service: 'LMS',
      trigger: "An enrollment's mode or active flag is updated.",
    },
  ],
  consumers: [],
  data: { enrollment: CourseEnrollmentData },
  examples: [{ enrollment: VERIFIED_ENROLLMENT }],
  history: [
    {
      release: '0.4.0',
      summary: 'Event added, in the first release that defined events.',
      breaking: false,
      added: { enrollment: CourseEnrollmentData },
    },
  ],
});
