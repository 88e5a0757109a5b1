import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
import { CourseEnrollmentData } from '../data/learning';
import { VERIFIED_ENROLLMENT } from './course-enrollment.family';

export default defineEvent({
  signal: 'COURSE_ENROLLMENT_CHANGED',
  eventType: 'org.openedx.learning.course.enrollment.changed.v1',
  description:
    'The LMS announces that an existing enrollment changed, typically its track (for example from audit to ' +
    'verified) or whether it is active. The payload is the enrollment as it is after the change.',
  keyField: 'enrollment.course.course_key',
  keyFieldSince: '9.15.2',
  producers: [
    {
      repository: 'openedx/openedx-platform',
      service: 'LMS',
      trigger:
        'An existing enrollment is saved with a different mode or active flag via CourseEnrollment.update_enrollment (mode upgrades, reactivation, deactivation).',
      source: {
        url: 'https://github.com/openedx/edx-platform/blob/163176a4b28277bdfa8391c04c1fdb8b6295adc3/common/djangoapps/student/models/course_enrollment.py#L459',
        confidence: 'read',
      },
    },
  ],
  consumers: [
    openedxWebhooks('LMS', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L43',
      confidence: 'read',
    }),
    {
      repository: 'eduNEXT/eox-hooks',
      service: 'eox-hooks (plugin in LMS)',
      use: "When USE_EOX_HOOKS is on and EOX_HOOKS_DEFINITIONS has an entry for the 'post_enrollment_change' trigger, runs the configured action (e.g. a custom action or an HTTP POST webhook with the event data).",
      kind: 'settings-subscription',
      source: {
        url: 'https://github.com/eduNEXT/eox-hooks/blob/886340f667002af9e0825ce7a4572129ffaaf882/eox_hooks/apps.py#L83',
        confidence: 'read',
        note: "Connected through the plugin's LMS signals_config to receivers.hooks_handler; whether anything happens is decided by the EOX_HOOKS_DEFINITIONS setting.",
      },
    },
    {
      repository: 'openedx/edx-enterprise',
      service: 'LMS (edx-enterprise plugin)',
      use: "When the enrollment becomes active again, clears the unenrolled marker on the learner's EnterpriseCourseEnrollment.",
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/openedx/edx-enterprise/blob/06d3340eeb51f10e18a73b200e76690249509702/enterprise/signals.py#L470',
        confidence: 'read',
      },
    },
  ],
  data: { enrollment: CourseEnrollmentData },
  examples: [{ enrollment: VERIFIED_ENROLLMENT }],
  history: [
    {
      release: '0.4.0',
      summary: 'Event added, in the first release that defined events.',
      breaking: false,
      added: { enrollment: CourseEnrollmentData },
    },
  ],
});
