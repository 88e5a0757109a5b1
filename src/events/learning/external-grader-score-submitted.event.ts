import { defineEvent } from '../model';
import { ExternalGraderScoreData } from '../data/learning';

export default defineEvent({
  signal: 'EXTERNAL_GRADER_SCORE_SUBMITTED',
  eventType: 'org.openedx.learning.external_grader.score.submitted.v1',
  description:
    'An external grader returned a score for a learner submission to a problem graded outside the LMS (the XQueue ' +
    'workflow). It replaces the HTTP callback to the LMS: the LMS saves the score and feedback on the problem.',
  producers: [
    {
      repository: 'openedx/edx-submissions',
      service: 'LMS',
      trigger: 'An external grader posts its result to the XQueue API of edx-submissions and the score is saved.',
    },
  ],
  consumers: [
    {
      repository: 'openedx/edx-platform',
      service: 'LMS',
      use: "Loads the graded problem block and records the score and the grader's feedback on it.",
    },
  ],
  data: { score: ExternalGraderScoreData },
  examples: [
    {
      score: {
        points_possible: 10,
        points_earned: 7,
        course_id: 'course-v1:edX+DemoX+Demo_Course',
        score_msg: '<p>7 of 10 tests passed.</p>',
        submission_id: 50213,
        user_id: '5f8d2c7e1b9a4e3d6c0f2a8b7e1d9c4a',
        module_id: 'block-v1:edX+DemoX+Demo_Course+type@problem+block@python_loops',
        queue_key: 'a8c3e1f09b7d4c2e86f5d0b1a9e7c3d2',
        queue_name: 'python-grader',
      },
    },
  ],
  history: [
    {
      release: '10.1.0',
      summary: 'Event added.',
      breaking: false,
      added: { score: ExternalGraderScoreData },
    },
  ],
  exceptions: [
    {
      rule: 'event-bus-serializable',
      reason:
        'Upstream lists it among the signals that are not for the event bus, and publishes no Avro schema for it. ' +
        'Its fields are plain types; it is meant to be received in the process that sends it, where ' +
        'edx-submissions runs inside the LMS.',
    },
  ],
});
