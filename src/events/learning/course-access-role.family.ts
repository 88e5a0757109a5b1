/**
 * What COURSE_ACCESS_ROLE_ADDED and COURSE_ACCESS_ROLE_REMOVED share: they
 * carry a CourseAccessRoleData.
 */
import type { z } from 'zod';
import type { CourseAccessRoleData } from '../data/learning';

/** Who and where the role applies to in every example; each event adds its own role. */
export const COURSE_ACCESS_ROLE_HOLDER: Omit<z.input<typeof CourseAccessRoleData>, 'role'> = {
  user: {
    id: 17,
    is_active: true,
    pii: { username: 'prof_lee', email: 'j.lee@example.edu', name: 'Jordan Lee' },
  },
  org_key: 'edX',
  course_key: 'course-v1:edX+DemoX+Demo_Course',
};
