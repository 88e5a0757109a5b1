import { defineEvent } from '../model';
import { VerificationAttemptData } from '../data/learning';
import { IDV_ATTEMPT } from './idv-attempt.family';

export default defineEvent({
  signal: 'IDV_ATTEMPT_CREATED',
  eventType: 'org.openedx.learning.idv_attempt.created.v1',
  description:
    'The LMS announces that a user started an identity verification (IDV) attempt. Part of a set of events that ' +
    'let other IDV vendors be integrated.',
  producers: [{ repository: 'openedx/edx-platform', service: 'LMS', trigger: 'An identity verification attempt is created.' }],
  consumers: [],
  data: { idv_attempt: VerificationAttemptData },
  examples: [{ idv_attempt: { ...IDV_ATTEMPT, status: 'created', name: null, expiration_date: null } }],
  history: [
    {
      release: '9.13.0',
      summary: 'Event added.',
      breaking: false,
      added: { idv_attempt: VerificationAttemptData },
    },
  ],
});
