import { defineEvent } from '../model';
import { ExamAttemptData } from '../data/learning';
import { ATTEMPT_REQUESTED_BY_LEARNER } from './exam-attempt.family';

export default defineEvent({
  signal: 'EXAM_ATTEMPT_SUBMITTED',
  eventType: 'org.openedx.learning.exam.attempt.submitted.v1',
  description:
    'edx-exams announces that a learner submitted an attempt at a timed or proctored exam. The LMS reacts to it, ' +
    'for example by marking the exam content complete.',
  producers: [
    {
      repository: 'edx/edx-exams',
      service: 'edx-exams',
      trigger: 'A learner submits an exam attempt, or time runs out and the attempt is submitted for them.',
    },
  ],
  consumers: [
    {
      repository: 'openedx/edx-platform',
      service: 'LMS',
      use: 'Marks the exam content complete for the learner, and records the credit exam requirement as submitted.',
    },
  ],
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
