import { defineEvent } from '../model';
import { UserData } from '../data/learning';

export default defineEvent({
  signal: 'SESSION_LOGIN_COMPLETED',
  eventType: 'org.openedx.learning.auth.session.login.completed.v1',
  description: 'The LMS announces that a user signed in and a session was opened for them.',
  keyField: 'user.pii.username',
  producers: [{ repository: 'openedx/edx-platform', service: 'LMS', trigger: 'A user logs in successfully.' }],
  consumers: [],
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
