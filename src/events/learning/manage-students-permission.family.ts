/**
 * What MANAGE_STUDENTS_PERMISSION_ADDED and _REMOVED share: the same data,
 * added together in 8.8.0 and removed together in 9.5.2.
 */
import type { HistoryEntry } from '../model';
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
