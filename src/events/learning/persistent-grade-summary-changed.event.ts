import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
import { PersistentCourseGradeData } from '../data/learning';

export default defineEvent({
  signal: 'PERSISTENT_GRADE_SUMMARY_CHANGED',
  eventType: 'org.openedx.learning.course.persistent_grade_summary.changed.v1',
  description:
    'The LMS announces that the stored course grade of a learner was created or updated, for example after a ' +
    'problem was scored or the grading policy changed.',
  producers: [
    {
      repository: 'openedx/openedx-platform',
      service: 'LMS',
      trigger:
        "A learner's persisted course grade row is created or updated (PersistentCourseGrade.update_or_create, called whenever the course grade is recomputed).",
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/3b7eee77d13ce639d136eaa68b74d9b51e1a8a1a/lms/djangoapps/grades/models.py#L792',
        confidence: 'read',
        note: 'The send lives in the helper _emit_openedx_persistent_grade_summary_changed_event, called from update_or_create at line 754.',
      },
    },
  ],
  consumers: [
    openedxWebhooks('LMS', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L52',
      confidence: 'read',
    }),
    {
      repository: 'eduNEXT/eox-hooks',
      service: 'eox-hooks (plugin in LMS)',
      use: "When USE_EOX_HOOKS is on and EOX_HOOKS_DEFINITIONS has an entry for the 'persistent_grade_summary_changed' trigger, runs the configured action (e.g. a custom action or an HTTP POST webhook with the event data).",
      kind: 'settings-subscription',
      source: {
        url: 'https://github.com/eduNEXT/eox-hooks/blob/886340f667002af9e0825ce7a4572129ffaaf882/eox_hooks/apps.py#L115',
        confidence: 'read',
        note: "Connected through the plugin's LMS signals_config to receivers.hooks_handler; whether anything happens is decided by the EOX_HOOKS_DEFINITIONS setting.",
      },
    },
    {
      repository: 'eduNEXT/openedx-events-2-zapier',
      service: 'openedx-events-2-zapier (plugin in LMS)',
      use: 'Queues a Celery task that POSTs the persistent course grade data and event metadata to a Zapier webhook configured in settings.',
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/eduNEXT/openedx-events-2-zapier/blob/017f5e48540b546895a3870c11f3bee92b1c84de/openedx_events_2_zapier/handlers.py#L107',
        confidence: 'read',
      },
    },
    {
      repository: 'openedx/enterprise-integrated-channels',
      service: 'LMS (enterprise integrated channels plugin)',
      use: "For passing grades of active enterprise learners, builds a course-completion payload and queues it to the enterprise customer's regional webhook (optionally enriched with learning time).",
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/openedx/enterprise-integrated-channels/blob/9fc4d99b7ecfd8e775e9ae9971cd19bb38d69c9b/channel_integrations/integrated_channel/signals.py#L16',
        confidence: 'read',
        note: 'The module says it listens in-process rather than via the event bus; handlers.py docstrings still mention consume_events.',
      },
    },
  ],
  data: { grade: PersistentCourseGradeData },
  examples: [
    {
      grade: {
        user_id: 4231,
        course: {
          course_key: 'course-v1:edX+DemoX+Demo_Course',
          display_name: 'Demonstration Course',
          start: '2026-01-12T09:00:00+00:00',
          end: '2026-04-30T23:59:00+00:00',
        },
        course_edited_timestamp: '2026-01-10T11:20:00+00:00',
        course_version: '6a1f0e2b9c4d7e8f3a5b6c7d',
        grading_policy_hash: 'b1O7Fz3LQ0YH1tZk6mRfXcWvJ2s=',
        percent_grade: 0.87,
        letter_grade: 'Pass',
        passed_timestamp: '2026-03-18T15:04:22+00:00',
      },
    },
  ],
  history: [
    {
      release: '0.13.0',
      summary: 'Event added.',
      breaking: false,
      added: { grade: PersistentCourseGradeData },
    },
  ],
});
