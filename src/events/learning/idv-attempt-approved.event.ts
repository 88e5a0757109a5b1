import { defineEvent } from '../model';
import { VerificationAttemptData } from '../data/learning';

export default defineEvent({
  signal: 'IDV_ATTEMPT_APPROVED',
  eventType: 'org.openedx.learning.idv_attempt.approved.v1',
  description:
    "The LMS announces that an identity verification attempt was approved: the user's identity is verified.",
  addedIn: '9.13.0',
  producers: [
    { repository: 'openedx/edx-platform', service: 'LMS', trigger: 'An identity verification attempt is approved.' },
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
        status: 'approved',
        name: 'Ana García',
        expiration_date: '2028-02-20T12:00:00Z',
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
