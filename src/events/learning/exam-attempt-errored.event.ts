import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
import { ExamAttemptData } from '../data/learning';
import { ATTEMPT_REQUESTED_BY_LEARNER } from './exam-attempt.family';

export default defineEvent({
  signal: 'EXAM_ATTEMPT_ERRORED',
  eventType: 'org.openedx.learning.exam.attempt.errored.v1',
  description:
    'edx-exams announces that an exam attempt ended in an error state, for example after a technical failure of ' +
    'the proctoring software.',
  producers: [
    {
      repository: 'edx/edx-exams',
      service: 'edx-exams',
      trigger: 'An exam attempt in edx-exams moves to the error status (e.g. the proctoring session broke).',
      source: {
        url: 'https://github.com/edx/edx-exams/blob/1db4518cdc88de6f113cc6964b281a44d93a955c/edx_exams/apps/core/signals/signals.py#L91',
        confidence: 'read',
        note: 'Called from edx_exams/apps/core/api.py (update_attempt_status): https://github.com/edx/edx-exams/blob/1db4518cdc88de6f113cc6964b281a44d93a955c/edx_exams/apps/core/api.py#L138. The repository now lives under the edx org (edx/edx-exams).',
      },
    },
  ],
  consumers: [
    {
      repository: 'openedx/openedx-platform',
      service: 'LMS',
      use: "For credit courses, marks the exam credit requirement as 'failed'.",
      kind: 'event-bus-consumer',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/e57a655d77b614f19223984e9805b1fb940ab192/openedx/core/djangoapps/credit/signals/handlers.py#L198',
        confidence: 'read',
        note: 'Receiver inside the LMS for an event produced by the edx-exams service, so it fires when the LMS runs the event-bus consumer for the topic. Evidence that the LMS consumes this topic: edx-exams README shows running `manage.py lms consume_events -t learning-exam-attempt-lifecycle` (https://github.com/edx/edx-exams/blob/1db4518cdc88de6f113cc6964b281a44d93a955c/README.rst#L157-L161); the producer is the separate edx-exams service.',
      },
    },
    openedxWebhooks('LMS', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L58',
      confidence: 'read',
    }),
  ],
  busUsage: [
    {
      topic: 'learning-exam-attempt-lifecycle',
      keyField: 'exam_attempt.course_key',
      source: {
        url: 'https://github.com/edx/edx-exams/blob/1db4518cdc88de6f113cc6964b281a44d93a955c/edx_exams/settings/base.py#L313-L315',
        confidence: 'read',
      },
    },
    {
      topic: 'learning-exam-attempt-lifecycle',
      source: {
        url: 'https://github.com/edx/edx-exams/blob/1db4518cdc88de6f113cc6964b281a44d93a955c/edx_exams/settings/local.py#L161-L174',
        confidence: 'read',
      },
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
