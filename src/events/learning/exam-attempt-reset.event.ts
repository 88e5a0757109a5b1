import { defineEvent } from '../model';
import { ExamAttemptData } from '../data/learning';

export default defineEvent({
  signal: 'EXAM_ATTEMPT_RESET',
  eventType: 'org.openedx.learning.exam.attempt.reset.v1',
  description:
    'edx-exams announces that an exam attempt was reset, usually by course staff, so that the learner can take the ' +
    'exam again.',
  addedIn: '8.7.0',
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
      use:
        "Resets the learner's state and completion for the exam content, and removes the credit exam requirement " +
        'status.',
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
          id: 17,
          is_active: true,
          pii: { username: 'prof_lee', email: 'j.lee@example.edu', name: 'Jordan Lee' },
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
