import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
import { CcxCoursePassingStatusData } from '../data/learning';

export default defineEvent({
  signal: 'CCX_COURSE_PASSING_STATUS_UPDATED',
  eventType: 'org.openedx.learning.ccx.course.passing.status.updated.v1',
  description:
    "The LMS announces that a learner's grade in a Custom Course for edX (CCX) was recomputed, and whether it now " +
    'passes. It differs from COURSE_PASSING_STATUS_UPDATED only in describing the course as a CCX.',
  producers: [
    {
      repository: 'openedx/openedx-platform',
      service: 'LMS',
      trigger:
        'A recomputed course grade flips a learner in a CCX (custom course) run from failing to passing or back (course_grade_now_passed / course_grade_now_failed) and the course key is a CCX key.',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/e57a655d77b614f19223984e9805b1fb940ab192/lms/djangoapps/grades/events.py#L284',
        confidence: 'read',
      },
    },
  ],
  consumers: [
    openedxWebhooks('LMS', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L68',
      confidence: 'read',
    }),
    {
      repository: 'openedx/credentials',
      service: 'Credentials (badges)',
      use: 'Feeds the event into the badges rules engine, which tracks requirement progress and can award or revoke Credly/Accredible badges for the learner.',
      kind: 'event-bus-consumer',
      source: {
        url: 'https://github.com/openedx/credentials/blob/b6dcad5c0aa1175c19bb82d7319847e6bbb3ff30/credentials/settings/base.py#L551',
        confidence: 'read',
        note: "Listed in BADGES_CONFIG['events']; credentials/apps/badges/signals/handlers.py#L33-L35 connects handle_badging_event to every listed event type. docs/sharing/badges/settings.rst#L229-L234 tells operators to run consume_events -t learning-badges-lifecycle in Credentials. Only active when BADGES_ENABLED.",
      },
    },
    {
      repository: 'YourAcclaim/openedx-webhook-relay',
      service: 'openedx-webhook-relay (plugin in LMS)',
      use: 'Finds enabled webhook endpoints configured for this event and queues a signed HTTP delivery of the event data to each.',
      kind: 'settings-subscription',
      source: {
        url: 'https://github.com/YourAcclaim/openedx-webhook-relay/blob/c856c7eb18fc7db11645ddd1ddba50d65130e5fb/openedx_webhook_relay/apps.py#L47',
        confidence: 'read',
        note: "Connected via the plugin's LMS signals_config (apps.py#L45-L47) to receivers.ccx_course_passing_status_updated_receiver.",
      },
    },
  ],
  busUsage: [
    {
      topic: 'learning-badges-lifecycle',
      keyField: 'course_passing_status.course.ccx_course_key',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/fd19d87057600df10d1d2c87f4dc599b25a98563/openedx/envs/common.py',
        confidence: 'excerpt',
      },
    },
  ],
  data: { course_passing_status: CcxCoursePassingStatusData },
  examples: [
    {
      course_passing_status: {
        is_passing: true,
        user: {
          id: 4231,
          is_active: true,
          pii: { username: 'ana_garcia', email: 'ana.garcia@example.com', name: 'Ana García' },
        },
        course: {
          ccx_course_key: 'ccx-v1:edX+DemoX+Demo_Course+ccx@12',
          master_course_key: 'course-v1:edX+DemoX+Demo_Course',
          display_name: '',
          coach_email: '',
          start: null,
          end: null,
          max_students_allowed: null,
        },
      },
    },
  ],
  history: [
    {
      release: '9.10.0',
      summary: 'Event added.',
      breaking: false,
      added: { course_passing_status: CcxCoursePassingStatusData },
    },
  ],
});
