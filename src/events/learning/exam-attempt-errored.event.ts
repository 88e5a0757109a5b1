import { defineEvent } from '../model';
import { ExamAttemptData } from '../data/learning';
import { ATTEMPT_REQUESTED_BY_LEARNER } from './exam-attempt.family';

export default defineEvent({
  signal: 'EXAM_ATTEMPT_ERRORED',
  eventType: 'org.openedx.learning.exam.attempt.errored.v1',
  description:
    'edx-exams announces that an exam attempt ended in an error state, for example after a technical failure of ' +
    'the proctoring software.',
  producers: [{ repository: 'edx/edx-exams', service: 'edx-exams', trigger: "A learner's attempt moves to the error state." }],
  consumers: [{ repository: 'openedx/edx-platform', service: 'LMS', use: 'Records the credit exam requirement as failed.' }],
  data: { exam_attempt: ExamAttemptData },
  examples: [{ exam_attempt: ATTEMPT_REQUESTED_BY_LEARNER }],
  history: [
    {
      release: '8.7.0',
      summary: 'Event added.',
      breaking: false,
      added: { exam_attempt: ExamAttemptData },
    },
  ],
});
