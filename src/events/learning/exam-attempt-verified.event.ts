import { defineEvent } from '../model';
import { ExamAttemptData } from '../data/learning';
import { ATTEMPT_REQUESTED_BY_STAFF } from './exam-attempt.family';

export default defineEvent({
  signal: 'EXAM_ATTEMPT_VERIFIED',
  eventType: 'org.openedx.learning.exam.attempt.verified.v1',
  description: 'edx-exams announces that an exam attempt passed review and is verified.',
  producers: [
    {
      repository: 'edx/edx-exams',
      service: 'edx-exams',
      trigger: 'A reviewer or the proctoring provider marks an attempt as verified.',
    },
  ],
  consumers: [{ repository: 'openedx/edx-platform', service: 'LMS', use: 'Records the credit exam requirement as satisfied.' }],
  data: { exam_attempt: ExamAttemptData },
  examples: [{ exam_attempt: ATTEMPT_REQUESTED_BY_STAFF }],
  history: [
    {
      release: '8.7.0',
      summary: 'Event added.',
      breaking: false,
      added: { exam_attempt: ExamAttemptData },
    },
  ],
});
