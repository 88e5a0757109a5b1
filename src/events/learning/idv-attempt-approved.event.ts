import { defineEvent } from '../model';
import { VerificationAttemptData } from '../data/learning';
import { IDV_ATTEMPT } from './idv-attempt.family';

export default defineEvent({
  signal: 'IDV_ATTEMPT_APPROVED',
  eventType: 'org.openedx.learning.idv_attempt.approved.v1',
  description: "The LMS announces that an identity verification attempt was approved: the user's identity is verified.",
  producers: [{ repository: 'openedx/edx-platform', service: 'LMS', trigger: 'An identity verification attempt is approved.' }],
  consumers: [],
  data: { idv_attempt: VerificationAttemptData },
  examples: [
    {
      idv_attempt: { ...IDV_ATTEMPT, status: 'approved', name: 'Ana García', expiration_date: '2028-02-20T12:00:00+00:00' },
    },
  ],
  history: [
    {
      release: '9.13.0',
      summary: 'Event added.',
      breaking: false,
      added: { idv_attempt: VerificationAttemptData },
    },
  ],
});
