import { defineEvent } from '../model';
import { VerificationAttemptData } from '../data/learning';
import { IDV_ATTEMPT } from './idv-attempt.family';

export default defineEvent({
  signal: 'IDV_ATTEMPT_PENDING',
  eventType: 'org.openedx.learning.idv_attempt.pending.v1',
  description: 'The LMS announces that an identity verification attempt was submitted and awaits a decision.',
  producers: [
    {
      repository: 'openedx/edx-platform',
      service: 'LMS',
      trigger: 'An identity verification attempt is submitted for review.',
    },
  ],
  consumers: [],
  data: { idv_attempt: VerificationAttemptData },
  examples: [{ idv_attempt: { ...IDV_ATTEMPT, status: 'pending', name: 'Ana García', expiration_date: null } }],
  history: [
    {
      release: '9.13.0',
      summary: 'Event added.',
      breaking: false,
      added: { idv_attempt: VerificationAttemptData },
    },
  ],
});
