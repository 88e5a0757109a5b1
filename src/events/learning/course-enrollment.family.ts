/**
 * What the enrollment events (COURSE_ENROLLMENT_CREATED,
 * COURSE_ENROLLMENT_CHANGED, COURSE_UNENROLLMENT_COMPLETED) share: they all
 * carry a CourseEnrollmentData.
 */
import type { z } from 'zod';
import type { CourseEnrollmentData } from '../data/learning';

/** A learner's own, active enrollment in the verified track. */
export const VERIFIED_ENROLLMENT: z.input<typeof CourseEnrollmentData> = {
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
  mode: 'verified',
  is_active: true,
  creation_date: '2026-01-05T16:42:10+00:00',
  created_by: null,
};
