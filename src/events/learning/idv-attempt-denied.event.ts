import { defineEvent } from '../model';
import { VerificationAttemptData } from '../data/learning';

export default defineEvent({
  signal: 'IDV_ATTEMPT_DENIED',
  eventType: 'org.openedx.learning.idv_attempt.denied.v1',
  description: 'The LMS announces that an identity verification attempt was denied; the user may need to try again.',
  addedIn: '9.13.0',
  producers: [
    { repository: 'openedx/edx-platform', service: 'LMS', trigger: 'An identity verification attempt is denied.' },
  ],
  consumers: [],
  data: { idv_attempt: VerificationAttemptData },
  examples: [
    {
      idv_attempt: {
        attempt_id: 31877,
        user: {
          id: 4231,
          is_active: true,
          pii: { username: 'ana_garcia', email: 'ana.garcia@example.com', name: 'Ana García' },
        },
        status: 'denied',
        name: 'Ana García',
        expiration_date: null,
      },
    },
  ],
  history: [
    {
      release: '9.13.0',
      date: '2024-09-05',
      summary: 'Event added.',
      changes: [
        { kind: 'added', field: 'idv_attempt.attempt_id' },
        { kind: 'added', field: 'idv_attempt.user' },
        { kind: 'added', field: 'idv_attempt.status' },
        { kind: 'added', field: 'idv_attempt.name' },
        { kind: 'added', field: 'idv_attempt.expiration_date' },
      ],
      breaking: false,
    },
  ],
});
