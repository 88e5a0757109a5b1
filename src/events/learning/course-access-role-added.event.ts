import { defineEvent } from '../model';
import { CourseAccessRoleData } from '../data/learning';
import { COURSE_ACCESS_ROLE_HOLDER } from './course-access-role.family';

export default defineEvent({
  signal: 'COURSE_ACCESS_ROLE_ADDED',
  eventType: 'org.openedx.learning.user.course_access_role.added.v1',
  description:
    'A user was given a course access role, such as staff or instructor, in a course run. Services outside the LMS ' +
    'use it to keep their own list of course staff up to date.',
  keyField: 'course_access_role_data.course_key',
  producers: [
    {
      repository: 'openedx/edx-platform',
      service: 'LMS and Studio',
      trigger: 'A course access role is granted, from the instructor dashboard, Studio team settings or an API.',
    },
  ],
  consumers: [
    {
      repository: 'edx/edx-exams',
      service: 'edx-exams',
      use: 'Gives the user staff access to the exams of the course when the role is staff, instructor or limited ' + 'staff.',
    },
  ],
  data: { course_access_role_data: CourseAccessRoleData },
  examples: [{ course_access_role_data: { ...COURSE_ACCESS_ROLE_HOLDER, role: 'staff' } }],
  history: [
    {
      release: '9.4.0',
      summary: 'Event added.',
      breaking: false,
      added: { course_access_role_data: CourseAccessRoleData },
    },
  ],
});
