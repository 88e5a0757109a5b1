import { defineEvent } from '../model';
import { CourseAccessRoleData } from '../data/learning';
import { COURSE_ACCESS_ROLE_HOLDER } from './course-access-role.family';

export default defineEvent({
  signal: 'COURSE_ACCESS_ROLE_REMOVED',
  eventType: 'org.openedx.learning.user.course_access_role.removed.v1',
  description: 'A course access role, such as staff or instructor, was taken away from a user in a course run.',
  keyField: 'course_access_role_data.course_key',
  producers: [
    {
      repository: 'openedx/edx-platform',
      service: 'LMS and Studio',
      trigger: 'A course access role is removed, from the instructor dashboard, Studio team settings or an API.',
    },
  ],
  consumers: [
    {
      repository: 'edx/edx-exams',
      service: 'edx-exams',
      use: 'Removes the matching staff access to the exams of the course.',
    },
  ],
  data: { course_access_role_data: CourseAccessRoleData },
  examples: [{ course_access_role_data: { ...COURSE_ACCESS_ROLE_HOLDER, role: 'instructor' } }],
  history: [
    {
      release: '9.4.0',
      summary: 'Event added.',
      breaking: false,
      added: { course_access_role_data: CourseAccessRoleData },
    },
  ],
});
