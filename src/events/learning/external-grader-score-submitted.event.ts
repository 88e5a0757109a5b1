import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
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
      service: 'LMS (edx-submissions XQueue-compatible API)',
      trigger:
        "An external grader (xqueue-watcher) posts a result to edx-submissions' put_result endpoint; after the score is saved and the grader record retired, the event is sent (send_robust=False).",
      source: {
        url: 'https://github.com/openedx/edx-submissions/blob/baee9810eead74caad41c496675f67bf53711a1c/submissions/views/xqueue.py#L329',
        confidence: 'read',
        note: 'edx-submissions is a Django app installed in the LMS, so this is an in-process send; part of the XQueue-replacement work.',
      },
    },
  ],
  consumers: [
    {
      repository: 'openedx/openedx-platform',
      service: 'LMS',
      use: 'Loads the graded problem block for the learner and feeds the grader reply into its score_update handler, recording the external grade (replacing the old XQueue HTTP callback).',
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/e57a655d77b614f19223984e9805b1fb940ab192/lms/djangoapps/grades/signals/handlers.py#L354',
        confidence: 'read',
      },
    },
    openedxWebhooks('LMS', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L75',
      confidence: 'read',
    }),
  ],
  busUsage: [
    {
      topic: 'learning-external-grader-score-lifecycle',
      keyField: 'score.submission_id',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/3e3055f2201259f67c16bde53792ff48b5ac8c04/lms/envs/common.py#L3100',
        confidence: 'read',
      },
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
