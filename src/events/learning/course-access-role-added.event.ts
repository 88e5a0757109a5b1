import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
import { CourseAccessRoleData } from '../data/learning';
import { COURSE_ACCESS_ROLE_HOLDER } from './course-access-role.family';

export default defineEvent({
  signal: 'COURSE_ACCESS_ROLE_ADDED',
  eventType: 'org.openedx.learning.user.course_access_role.added.v1',
  description:
    'A user was given a course access role, such as staff or instructor, in a course run. Services outside the LMS ' +
    'use it to keep their own list of course staff up to date.',
  keyField: 'course_access_role_data.course_key',
  keyFieldSince: '9.6.0',
  producers: [
    {
      repository: 'openedx/openedx-platform',
      service: 'LMS and Studio',
      trigger:
        "A new CourseAccessRole row is created (course/org staff, instructor, beta tester, etc. granted, e.g. from Studio's course team page or the LMS instructor dashboard); also called when a course role is assigned through the openedx-authz integration in roles.py.",
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/e57a655d77b614f19223984e9805b1fb940ab192/common/djangoapps/student/signals/signals.py#L36',
        confidence: 'read',
        note: 'Helper emit_course_access_role_added; its callers (a post_save receiver on CourseAccessRole in common/djangoapps/student/signals/receivers.py and the authz path in roles.py) were seen only in search excerpts.',
      },
    },
  ],
  consumers: [
    openedxWebhooks('LMS', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L60',
      confidence: 'read',
    }),
    {
      repository: 'edx/edx-exams',
      service: 'edx-exams',
      use: 'For staff, instructor or limited_staff roles, records the user as course staff in edx-exams (creating the user if needed) so they get exam instructor features.',
      kind: 'event-bus-consumer',
      source: {
        url: 'https://github.com/edx/edx-exams/blob/1db4518cdc88de6f113cc6964b281a44d93a955c/edx_exams/apps/core/signals/handlers.py#L13',
        confidence: 'read',
        note: 'edx-exams is a separate service, so the receiver only fires for events read from the bus; its docstring says so and edx-exams configures EVENT_BUS_CONSUMER (edx_exams/settings/devstack.py#L59). The README shows consume_events usage generically but names no topic for role events.',
      },
    },
  ],
  busUsage: [
    {
      topic: 'learning-course-access-role-lifecycle',
      keyField: 'course_access_role_data.course_key',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/3e3055f2201259f67c16bde53792ff48b5ac8c04/lms/envs/common.py#L3088',
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
