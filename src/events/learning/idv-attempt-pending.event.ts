import { defineEvent } from '../model';
import { VerificationAttemptData } from '../data/learning';

export default defineEvent({
  signal: 'IDV_ATTEMPT_PENDING',
  eventType: 'org.openedx.learning.idv_attempt.pending.v1',
  description: 'The LMS announces that an identity verification attempt was submitted and awaits a decision.',
  addedIn: '9.13.0',
  producers: [
    {
      repository: 'openedx/edx-platform',
      service: 'LMS',
      trigger: 'An identity verification attempt is submitted for review.',
    },
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
        status: 'pending',
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
