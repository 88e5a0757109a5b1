import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
import { CourseEnrollmentData } from '../data/learning';
import { VERIFIED_ENROLLMENT } from './course-enrollment.family';

export default defineEvent({
  signal: 'COURSE_ENROLLMENT_CREATED',
  eventType: 'org.openedx.learning.course.enrollment.created.v1',
  description:
    'The LMS announces that a learner was enrolled in a course run. The payload carries the enrollment track and, ' +
    'when someone enrolled the learner on their behalf, who did it.',
  keyField: 'enrollment.course.course_key',
  keyFieldSince: '9.15.2',
  producers: [
    {
      repository: 'openedx/openedx-platform',
      service: 'LMS',
      trigger:
        'CourseEnrollment.enroll finishes enrolling a user in a course (after the enrollment filter passes and the enrollment row is activated); also sent from Studio when Studio code enrolls course authors.',
      source: {
        url: 'https://github.com/openedx/edx-platform/blob/163176a4b28277bdfa8391c04c1fdb8b6295adc3/common/djangoapps/student/models/course_enrollment.py#L721',
        confidence: 'read',
        note: 'The model code is shared by LMS and Studio; enrollments are mostly created in the LMS.',
      },
    },
  ],
  consumers: [
    openedxWebhooks('LMS', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L42',
      confidence: 'read',
    }),
    {
      repository: 'eduNEXT/eox-hooks',
      service: 'eox-hooks (plugin in LMS)',
      use: "When USE_EOX_HOOKS is on and EOX_HOOKS_DEFINITIONS has an entry for the 'post_enrollment' trigger, runs the configured action (e.g. a custom action or an HTTP POST webhook with the event data).",
      kind: 'settings-subscription',
      source: {
        url: 'https://github.com/eduNEXT/eox-hooks/blob/886340f667002af9e0825ce7a4572129ffaaf882/eox_hooks/apps.py#L78',
        confidence: 'read',
        note: "Connected through the plugin's LMS signals_config to receivers.hooks_handler; whether anything happens is decided by the EOX_HOOKS_DEFINITIONS setting.",
      },
    },
    {
      repository: 'eduNEXT/openedx-events-2-zapier',
      service: 'openedx-events-2-zapier (plugin in LMS)',
      use: 'Queues a Celery task that POSTs the flattened enrollment data and event metadata to the Zapier webhook in ZAPIER_ENROLLMENT_WEBHOOK.',
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/eduNEXT/openedx-events-2-zapier/blob/017f5e48540b546895a3870c11f3bee92b1c84de/openedx_events_2_zapier/handlers.py#L59',
        confidence: 'read',
      },
    },
    {
      repository: 'openedx/enterprise-integrated-channels',
      service: 'LMS (enterprise integrated channels plugin)',
      use: "For enterprise learners, queues an enrollment notification to the enterprise customer's configured regional webhook.",
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/openedx/enterprise-integrated-channels/blob/9fc4d99b7ecfd8e775e9ae9971cd19bb38d69c9b/channel_integrations/integrated_channel/signals.py#L26',
        confidence: 'read',
      },
    },
  ],
  data: { enrollment: CourseEnrollmentData },
  examples: [
    { enrollment: VERIFIED_ENROLLMENT },
    {
      enrollment: {
        user: {
          id: 5890,
          is_active: true,
          pii: { username: 'kwame.mensah', email: 'kwame.mensah@example.org', name: 'Kwame Mensah' },
        },
        course: {
          course_key: 'course-v1:edX+DemoX+Demo_Course',
          display_name: 'Demonstration Course',
          start: '2026-01-12T09:00:00+00:00',
          end: '2026-04-30T23:59:00+00:00',
        },
        mode: 'audit',
        is_active: true,
        creation_date: '2026-01-07T08:15:00+00:00',
        created_by: {
          id: 17,
          is_active: true,
          pii: { username: 'prof_lee', email: 'j.lee@example.edu', name: 'Jordan Lee' },
        },
      },
    },
  ],
  history: [
    {
      release: '0.4.0',
      summary: 'Event added, in the first release that defined events.',
      breaking: false,
      added: { enrollment: CourseEnrollmentData },
    },
  ],
});
