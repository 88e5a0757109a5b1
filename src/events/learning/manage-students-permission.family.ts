/**
 * What MANAGE_STUDENTS_PERMISSION_ADDED and _REMOVED share: the same data,
 * added together in 8.8.0 and removed together in 9.5.2.
 */
import type { HistoryEntry, NoneKnown } from '../model';
import { ManageStudentsPermissionData } from '../data/learning';

export const MANAGE_STUDENTS_PERMISSION_HISTORY: HistoryEntry[] = [
  {
    release: '8.8.0',
    summary: 'Event added.',
    breaking: false,
    added: { course_staff_data: ManageStudentsPermissionData },
  },
  {
    release: '9.5.2',
    summary: 'Event removed as unused; the course access role events added in 9.4.0 cover the same need.',
    breaking: true,
    eventRemoved: true,
  },
];

/** What was searched for a producer and a consumer of both events, over the releases that defined them. */
export const NO_MANAGE_STUDENTS_CODE_KNOWN: NoneKnown = {
  searched:
    'The LMS and Studio and the public code at large, over the releases that defined it (8.8.0 to 9.5.1): no code sent or received it; the LMS adopted COURSE_ACCESS_ROLE_ADDED and _REMOVED instead.',
};
