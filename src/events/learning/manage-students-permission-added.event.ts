import { defineEvent } from '../model';
import { ManageStudentsPermissionData } from '../data/learning';
import { MANAGE_STUDENTS_PERMISSION_HISTORY, NO_MANAGE_STUDENTS_CODE_KNOWN } from './manage-students-permission.family';

export default defineEvent({
  signal: 'MANAGE_STUDENTS_PERMISSION_ADDED',
  eventType: 'org.openedx.learning.user.manage.students.permission.added.v1',
  description:
    'Meant to announce that the permission to manage the learners of a course run, or of a whole organization, was ' +
    'given to a user. It was declared ahead of a planned move from roles to permissions, no service is known to ' +
    'have sent it, and upstream removed it in 9.5.2; COURSE_ACCESS_ROLE_ADDED covers the same need with roles.',
  producers: [],
  consumers: [],
  noProducerKnown: NO_MANAGE_STUDENTS_CODE_KNOWN,
  noConsumerKnown: NO_MANAGE_STUDENTS_CODE_KNOWN,
  data: { course_staff_data: ManageStudentsPermissionData },
  examples: [
    {
      course_staff_data: {
        user: {
          id: 17,
          is_active: true,
          pii: { username: 'prof_lee', email: 'j.lee@example.edu', name: 'Jordan Lee' },
        },
        permission: 'manage_students',
        course_key: 'course-v1:edX+DemoX+Demo_Course',
        org: 'edX',
      },
    },
  ],
  history: MANAGE_STUDENTS_PERMISSION_HISTORY,
});
