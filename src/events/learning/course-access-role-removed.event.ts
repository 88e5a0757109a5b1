import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
import { CourseAccessRoleData } from '../data/learning';
import { COURSE_ACCESS_ROLE_HOLDER } from './course-access-role.family';

export default defineEvent({
  signal: 'COURSE_ACCESS_ROLE_REMOVED',
  eventType: 'org.openedx.learning.user.course_access_role.removed.v1',
  description: 'A course access role, such as staff or instructor, was taken away from a user in a course run.',
  keyField: 'course_access_role_data.course_key',
  keyFieldSince: '9.6.0',
  producers: [
    {
      repository: 'openedx/openedx-platform',
      service: 'LMS and Studio',
      trigger: 'A CourseAccessRole row is deleted, i.e. a user loses a course or org role (e.g. removed from the course team).',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/e57a655d77b614f19223984e9805b1fb940ab192/common/djangoapps/student/signals/signals.py#L59',
        confidence: 'read',
        note: 'Helper emit_course_access_role_removed; called from a post_delete receiver on CourseAccessRole (seen in a search excerpt of common/djangoapps/student/signals/receivers.py).',
      },
    },
  ],
  consumers: [
    openedxWebhooks('LMS', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L61',
      confidence: 'read',
    }),
    {
      repository: 'edx/edx-exams',
      service: 'edx-exams',
      use: 'For staff, instructor or limited_staff roles, deletes the matching course staff role record in edx-exams.',
      kind: 'event-bus-consumer',
      source: {
        url: 'https://github.com/edx/edx-exams/blob/1db4518cdc88de6f113cc6964b281a44d93a955c/edx_exams/apps/core/signals/handlers.py#L34',
        confidence: 'read',
        note: 'Same evidence as for COURSE_ACCESS_ROLE_ADDED: separate service with EVENT_BUS_CONSUMER configured; topic not named in the repo.',
      },
    },
  ],
  busUsage: [
    {
      topic: 'learning-course-access-role-lifecycle',
      keyField: 'course_access_role_data.course_key',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/3e3055f2201259f67c16bde53792ff48b5ac8c04/lms/envs/common.py#L3092',
        confidence: 'read',
      },
    },
    {
      topic: 'learning-course-access-role-lifecycle',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/82812c423820f7776c728d69668b27d76575f456/lms/envs/devstack.py',
        confidence: 'excerpt',
      },
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
