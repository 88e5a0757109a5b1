import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
import { CourseEnrollmentData } from '../data/learning';
import { VERIFIED_ENROLLMENT } from './course-enrollment.family';

export default defineEvent({
  signal: 'COURSE_UNENROLLMENT_COMPLETED',
  eventType: 'org.openedx.learning.course.unenrollment.completed.v1',
  description:
    'The LMS announces that a learner left a course run. The enrollment record stays, marked inactive, and is sent ' +
    'as it is after the unenrollment.',
  keyField: 'enrollment.course.course_key',
  keyFieldSince: '9.6.0',
  producers: [
    {
      repository: 'openedx/openedx-platform',
      service: 'LMS',
      trigger:
        'CourseEnrollment.update_enrollment flips an active enrollment to inactive (the learner is unenrolled), after the legacy UNENROLL_DONE signal and tracking event.',
      source: {
        url: 'https://github.com/openedx/edx-platform/blob/163176a4b28277bdfa8391c04c1fdb8b6295adc3/common/djangoapps/student/models/course_enrollment.py#L486',
        confidence: 'read',
      },
    },
  ],
  consumers: [
    openedxWebhooks('LMS', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L44',
      confidence: 'read',
    }),
    {
      repository: 'eduNEXT/eox-hooks',
      service: 'eox-hooks (plugin in LMS)',
      use: "When USE_EOX_HOOKS is on and EOX_HOOKS_DEFINITIONS has an entry for the 'post_unenrollment' trigger, runs the configured action (e.g. a custom action or an HTTP POST webhook with the event data).",
      kind: 'settings-subscription',
      source: {
        url: 'https://github.com/eduNEXT/eox-hooks/blob/886340f667002af9e0825ce7a4572129ffaaf882/eox_hooks/apps.py#L89',
        confidence: 'read',
        note: "Connected through the plugin's LMS signals_config to receivers.hooks_handler; whether anything happens is decided by the EOX_HOOKS_DEFINITIONS setting.",
      },
    },
    {
      repository: 'openedx/edx-enterprise',
      service: 'LMS (edx-enterprise plugin)',
      use: "Marks the learner's EnterpriseCourseEnrollment for that course as unenrolled.",
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/openedx/edx-enterprise/blob/06d3340eeb51f10e18a73b200e76690249509702/enterprise/signals.py#L467',
        confidence: 'read',
      },
    },
  ],
  busUsage: [
    {
      topic: 'course-unenrollment-lifecycle',
      keyField: 'enrollment.course.course_key',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/3e3055f2201259f67c16bde53792ff48b5ac8c04/lms/envs/common.py#L3058',
        confidence: 'read',
      },
    },
  ],
  data: { enrollment: CourseEnrollmentData },
  examples: [{ enrollment: { ...VERIFIED_ENROLLMENT, is_active: false } }],
  history: [
    {
      release: '0.4.0',
      summary: 'Event added, in the first release that defined events.',
      breaking: false,
      added: { enrollment: CourseEnrollmentData },
    },
  ],
});
