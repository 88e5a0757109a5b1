import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
import { UserData } from '../data/learning';

export default defineEvent({
  signal: 'SESSION_LOGIN_COMPLETED',
  eventType: 'org.openedx.learning.auth.session.login.completed.v1',
  description: 'The LMS announces that a user signed in and a session was opened for them.',
  keyField: 'user.pii.username',
  keyFieldSince: '9.6.0',
  producers: [
    {
      repository: 'openedx/openedx-platform',
      service: 'LMS',
      trigger: 'A user successfully authenticates (first- or third-party) and the LMS creates their Django session.',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/c9d20bf4b49962f38f6f086cc80d5026e8c16832/openedx/core/djangoapps/user_authn/views/login.py#L335',
        confidence: 'read',
        note: 'openedx/edx-platform is now named openedx/openedx-platform.',
      },
    },
  ],
  consumers: [
    openedxWebhooks('LMS', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L41',
      confidence: 'read',
    }),
    {
      repository: 'eduNEXT/eox-hooks',
      service: 'eox-hooks (plugin in LMS)',
      use: "When USE_EOX_HOOKS is on and EOX_HOOKS_DEFINITIONS has an entry for the 'post_session_login' trigger, runs the configured action (e.g. a custom action or an HTTP POST webhook with the event data).",
      kind: 'settings-subscription',
      source: {
        url: 'https://github.com/eduNEXT/eox-hooks/blob/886340f667002af9e0825ce7a4572129ffaaf882/eox_hooks/apps.py#L73',
        confidence: 'read',
        note: "Connected through the plugin's LMS signals_config to receivers.hooks_handler; whether anything happens is decided by the EOX_HOOKS_DEFINITIONS setting.",
      },
    },
  ],
  data: { user: UserData },
  examples: [
    {
      user: {
        id: 4231,
        is_active: true,
        pii: { username: 'ana_garcia', email: 'ana.garcia@example.com', name: 'Ana García' },
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
