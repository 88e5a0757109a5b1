import { defineEvent } from '../model';
import { ExamAttemptData } from '../data/learning';

export default defineEvent({
  signal: 'EXAM_ATTEMPT_SUBMITTED',
  eventType: 'org.openedx.learning.exam.attempt.submitted.v1',
  description:
    'edx-exams announces that a learner submitted an attempt at a timed or proctored exam. The LMS reacts to it, ' +
    'for example by marking the exam content complete.',
  addedIn: '8.7.0',
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
  examples: [
    {
      exam_attempt: {
        student_user: {
          id: 4231,
          is_active: true,
          pii: { username: 'ana_garcia', email: 'ana.garcia@example.com', name: 'Ana García' },
        },
        course_key: 'course-v1:edX+DemoX+Demo_Course',
        usage_key: 'block-v1:edX+DemoX+Demo_Course+type@sequential+block@final_exam',
        exam_type: 'proctored',
        requesting_user: {
          id: 4231,
          is_active: true,
          pii: { username: 'ana_garcia', email: 'ana.garcia@example.com', name: 'Ana García' },
        },
      },
    },
  ],
  history: [
    {
      release: '8.7.0',
      date: '2023-09-29',
      summary: 'Event added.',
      changes: [
        { kind: 'added', field: 'exam_attempt.student_user' },
        { kind: 'added', field: 'exam_attempt.course_key' },
        { kind: 'added', field: 'exam_attempt.usage_key' },
        { kind: 'added', field: 'exam_attempt.exam_type' },
        { kind: 'added', field: 'exam_attempt.requesting_user' },
      ],
      breaking: false,
    },
  ],
});
