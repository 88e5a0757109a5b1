/**
 * What the EXAM_ATTEMPT_* events (submitted, rejected, verified, errored,
 * reset) share: they all carry an ExamAttemptData.
 */
import type { z } from 'zod';
import type { ExamAttemptData, UserData } from '../data/learning';

const LEARNER: z.input<typeof UserData> = {
  id: 4231,
  is_active: true,
  pii: { username: 'ana_garcia', email: 'ana.garcia@example.com', name: 'Ana García' },
};

const STAFF: z.input<typeof UserData> = {
  id: 17,
  is_active: true,
  pii: { username: 'prof_lee', email: 'j.lee@example.edu', name: 'Jordan Lee' },
};

/** An attempt the learner acted on herself: she is also the requesting user. */
export const ATTEMPT_REQUESTED_BY_LEARNER: z.input<typeof ExamAttemptData> = {
  student_user: LEARNER,
  course_key: 'course-v1:edX+DemoX+Demo_Course',
  usage_key: 'block-v1:edX+DemoX+Demo_Course+type@sequential+block@final_exam',
  exam_type: 'proctored',
  requesting_user: LEARNER,
};

/** The same attempt, acted on by course staff. */
export const ATTEMPT_REQUESTED_BY_STAFF: z.input<typeof ExamAttemptData> = {
  ...ATTEMPT_REQUESTED_BY_LEARNER,
  requesting_user: STAFF,
};
