/**
 * What COURSE_ACCESS_ROLE_ADDED and COURSE_ACCESS_ROLE_REMOVED share: they
 * carry a CourseAccessRoleData.
 */
import type { z } from 'zod';
import type { HistoryEntry } from '../model';
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

export const COURSE_ACCESS_ROLE_HISTORY: HistoryEntry[] = [
  {
    release: '9.4.0',
    date: '2024-01-29',
    summary: 'Event added.',
    changes: [
      { kind: 'added', field: 'course_access_role_data.user' },
      { kind: 'added', field: 'course_access_role_data.org_key' },
      { kind: 'added', field: 'course_access_role_data.course_key' },
      { kind: 'added', field: 'course_access_role_data.role' },
    ],
    breaking: false,
  },
];
