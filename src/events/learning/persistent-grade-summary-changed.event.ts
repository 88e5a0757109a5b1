import { defineEvent } from '../model';
import { PersistentCourseGradeData } from '../data/learning';

export default defineEvent({
  signal: 'PERSISTENT_GRADE_SUMMARY_CHANGED',
  eventType: 'org.openedx.learning.course.persistent_grade_summary.changed.v1',
  description:
    'The LMS announces that the stored course grade of a learner was created or updated, for example after a ' +
    'problem was scored or the grading policy changed.',
  producers: [
    {
      repository: 'openedx/edx-platform',
      service: 'LMS',
      trigger: "A learner's persistent course grade record is created or updated.",
    },
  ],
  consumers: [],
  data: { grade: PersistentCourseGradeData },
  examples: [
    {
      grade: {
        user_id: 4231,
        course: {
          course_key: 'course-v1:edX+DemoX+Demo_Course',
          display_name: 'Demonstration Course',
          start: '2026-01-12T09:00:00+00:00',
          end: '2026-04-30T23:59:00+00:00',
        },
        course_edited_timestamp: '2026-01-10T11:20:00+00:00',
        course_version: '6a1f0e2b9c4d7e8f3a5b6c7d',
        grading_policy_hash: 'b1O7Fz3LQ0YH1tZk6mRfXcWvJ2s=',
        percent_grade: 0.87,
        letter_grade: 'Pass',
        passed_timestamp: '2026-03-18T15:04:22+00:00',
      },
    },
  ],
  history: [
    {
      release: '0.13.0',
      summary: 'Event added.',
      breaking: false,
      added: { grade: PersistentCourseGradeData },
    },
  ],
});
