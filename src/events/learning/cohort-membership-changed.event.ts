import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
import { CohortData } from '../data/learning';

export default defineEvent({
  signal: 'COHORT_MEMBERSHIP_CHANGED',
  eventType: 'org.openedx.learning.cohort_membership.changed.v1',
  description:
    'The LMS announces that a learner was placed in a cohort of a course run, or moved to another one. The payload ' +
    'names the cohort the learner is in after the change.',
  producers: [
    {
      repository: 'openedx/openedx-platform',
      service: 'LMS',
      trigger:
        'A CohortMembership row is saved, i.e. a learner is placed in a cohort or moved to another one (sent just before the row is written).',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/5a5c1119133c11c669f2608827161c653603db61/openedx/core/djangoapps/course_groups/models.py#L172',
        confidence: 'read',
      },
    },
  ],
  consumers: [
    openedxWebhooks('LMS', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L48',
      confidence: 'read',
    }),
    {
      repository: 'eduNEXT/eox-hooks',
      service: 'eox-hooks (plugin in LMS)',
      use: "When USE_EOX_HOOKS is on and EOX_HOOKS_DEFINITIONS has an entry for the 'post_cohort_change' trigger, runs the configured action (e.g. a custom action or an HTTP POST webhook with the event data).",
      kind: 'settings-subscription',
      source: {
        url: 'https://github.com/eduNEXT/eox-hooks/blob/886340f667002af9e0825ce7a4572129ffaaf882/eox_hooks/apps.py#L109',
        confidence: 'read',
        note: "Connected through the plugin's LMS signals_config to receivers.hooks_handler; whether anything happens is decided by the EOX_HOOKS_DEFINITIONS setting.",
      },
    },
  ],
  data: { cohort: CohortData },
  examples: [
    {
      cohort: {
        user: {
          id: 4231,
          is_active: true,
          pii: { username: 'ana_garcia', email: 'ana.garcia@example.com', name: 'Ana García' },
        },
        course: {
          course_key: 'course-v1:edX+DemoX+Demo_Course',
          display_name: 'Demonstration Course',
          start: '2026-01-12T09:00:00+00:00',
          end: '2026-04-30T23:59:00+00:00',
        },
        name: 'Spanish speakers',
      },
    },
  ],
  history: [
    {
      release: '0.4.0',
      summary: 'Event added, in the first release that defined events.',
      breaking: false,
      added: { cohort: CohortData },
    },
  ],
});
