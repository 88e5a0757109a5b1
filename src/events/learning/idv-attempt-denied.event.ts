import { defineEvent } from '../model';
import { VerificationAttemptData } from '../data/learning';
import { IDV_ATTEMPT } from './idv-attempt.family';

export default defineEvent({
  signal: 'IDV_ATTEMPT_DENIED',
  eventType: 'org.openedx.learning.idv_attempt.denied.v1',
  description: 'The LMS announces that an identity verification attempt was denied; the user may need to try again.',
  producers: [{ repository: 'openedx/edx-platform', service: 'LMS', trigger: 'An identity verification attempt is denied.' }],
  consumers: [],
  data: { idv_attempt: VerificationAttemptData },
  examples: [{ idv_attempt: { ...IDV_ATTEMPT, status: 'denied', name: 'Ana García', expiration_date: null } }],
  history: [
    {
      release: '9.13.0',
      summary: 'Event added.',
      breaking: false,
      added: { idv_attempt: VerificationAttemptData },
    },
  ],
});
