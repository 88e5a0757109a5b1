import { defineEvent } from '../model';
import { ExamAttemptData } from '../data/learning';

export default defineEvent({
  signal: 'EXAM_ATTEMPT_VERIFIED',
  eventType: 'org.openedx.learning.exam.attempt.verified.v1',
  description: 'edx-exams announces that an exam attempt passed review and is verified.',
  addedIn: '8.7.0',
  producers: [
    {
      repository: 'edx/edx-exams',
      service: 'edx-exams',
      trigger: 'A reviewer or the proctoring provider marks an attempt as verified.',
    },
  ],
  consumers: [
    { repository: 'openedx/edx-platform', service: 'LMS', use: 'Records the credit exam requirement as satisfied.' },
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
