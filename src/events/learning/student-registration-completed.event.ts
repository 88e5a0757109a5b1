import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
import { UserData } from '../data/learning';

export default defineEvent({
  signal: 'STUDENT_REGISTRATION_COMPLETED',
  eventType: 'org.openedx.learning.student.registration.completed.v1',
  description:
    'The LMS announces that a new user account was registered. Other systems can use it to set the user up on ' +
    'their side, for example in a CRM or a mailing list, without polling the LMS.',
  keyField: 'user.pii.username',
  keyFieldSince: '9.15.2',
  producers: [
    {
      repository: 'openedx/openedx-platform',
      service: 'LMS',
      trigger:
        'A new learner account is created through the LMS registration flow (create_account_with_params), right after the legacy REGISTER_USER signal.',
      source: {
        url: 'https://github.com/openedx/edx-platform/blob/4a0100e465a53ef7a0f86774e43037eb8ec12677/openedx/core/djangoapps/user_authn/views/register.py#L273',
        confidence: 'read',
      },
    },
    {
      repository: 'eduNEXT/eox-core',
      service: 'eox-core (plugin in LMS)',
      trigger:
        "A user account is created through eox-core's user-creation API (create_edxapp_user), which re-announces the registration the way the LMS signup does.",
      source: {
        url: 'https://github.com/eduNEXT/eox-core/blob/bf342e9fbffe1cf4bdc4a353e6f790baa7c2b695/eox_core/edxapp_wrapper/backends/users_q_v1.py#L201',
        confidence: 'read',
        note: 'Same send exists in the Lilac-era backend eox_core/edxapp_wrapper/backends/users_l_v1.py#L200 (same commit).',
      },
    },
  ],
  consumers: [
    openedxWebhooks('LMS', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L40',
      confidence: 'read',
    }),
    {
      repository: 'eduNEXT/eox-hooks',
      service: 'eox-hooks (plugin in LMS)',
      use: "When USE_EOX_HOOKS is on and EOX_HOOKS_DEFINITIONS has an entry for the 'post_register' trigger, runs the configured action (e.g. a custom action or an HTTP POST webhook with the event data).",
      kind: 'settings-subscription',
      source: {
        url: 'https://github.com/eduNEXT/eox-hooks/blob/886340f667002af9e0825ce7a4572129ffaaf882/eox_hooks/apps.py#L68',
        confidence: 'read',
        note: "Connected through the plugin's LMS signals_config to receivers.hooks_handler; whether anything happens is decided by the EOX_HOOKS_DEFINITIONS setting.",
      },
    },
    {
      repository: 'eduNEXT/openedx-events-2-zapier',
      service: 'openedx-events-2-zapier (plugin in LMS)',
      use: 'Queues a Celery task that POSTs the flattened user data and event metadata to the Zapier webhook in ZAPIER_REGISTRATION_WEBHOOK.',
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/eduNEXT/openedx-events-2-zapier/blob/017f5e48540b546895a3870c11f3bee92b1c84de/openedx_events_2_zapier/handlers.py#L18',
        confidence: 'read',
      },
    },
  ],
  data: { user: UserData },
  examples: [
    {
      user: {
        id: 10452,
        is_active: false,
        pii: { username: 'mei_lin', email: 'mei.lin@example.net', name: 'Mei Lin' },
      },
    },
  ],
  history: [
    {
      release: '0.4.0',
      summary: 'Event added, in the first release that defined events.',
      breaking: false,
      added: { user: UserData },
    },
  ],
});
