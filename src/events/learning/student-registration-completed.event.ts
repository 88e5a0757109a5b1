import { defineEvent } from '../model';
import { UserData } from '../data/learning';

export default defineEvent({
  signal: 'STUDENT_REGISTRATION_COMPLETED',
  eventType: 'org.openedx.learning.student.registration.completed.v1',
  description:
    'The LMS announces that a new user account was registered. Other systems can use it to set the user up on ' +
    'their side, for example in a CRM or a mailing list, without polling the LMS.',
  keyField: 'user.pii.username',
  producers: [
    {
      repository: 'openedx/edx-platform',
      service: 'LMS',
      trigger: 'A visitor completes the registration form or an account is created through the registration API.',
    },
  ],
  consumers: [],
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
