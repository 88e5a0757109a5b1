import { defineEvent } from '../model';
import { ExamAttemptData } from '../data/learning';
import { ATTEMPT_REQUESTED_BY_STAFF } from './exam-attempt.family';

export default defineEvent({
  signal: 'EXAM_ATTEMPT_REJECTED',
  eventType: 'org.openedx.learning.exam.attempt.rejected.v1',
  description: 'edx-exams announces that a proctoring review rejected an exam attempt, for example for a rules violation.',
  producers: [
    {
      repository: 'edx/edx-exams',
      service: 'edx-exams',
      trigger: 'A reviewer or the proctoring provider marks an attempt as rejected.',
    },
  ],
  consumers: [
    {
      repository: 'openedx/edx-platform',
      service: 'LMS',
      use: "Invalidates the learner's course certificate and records the credit exam requirement as failed.",
    },
  ],
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
