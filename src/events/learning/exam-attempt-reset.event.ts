import { defineEvent } from '../model';
import { ExamAttemptData } from '../data/learning';
import { ATTEMPT_REQUESTED_BY_STAFF } from './exam-attempt.family';

export default defineEvent({
  signal: 'EXAM_ATTEMPT_RESET',
  eventType: 'org.openedx.learning.exam.attempt.reset.v1',
  description:
    'edx-exams announces that an exam attempt was reset, usually by course staff, so that the learner can take the ' + 'exam again.',
  producers: [
    {
      repository: 'edx/edx-exams',
      service: 'edx-exams',
      trigger: 'Staff (or the learner, where allowed) delete or reset an attempt.',
    },
  ],
  consumers: [
    {
      repository: 'openedx/edx-platform',
      service: 'LMS',
      use: "Resets the learner's state and completion for the exam content, and removes the credit exam requirement " + 'status.',
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
