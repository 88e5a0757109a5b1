import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
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
      trigger: "Course staff reset (delete) a learner's exam attempt in edx-exams; the event carries the staff member as requesting_user.",
      source: {
        url: 'https://github.com/edx/edx-exams/blob/1db4518cdc88de6f113cc6964b281a44d93a955c/edx_exams/apps/core/signals/signals.py#L109',
        confidence: 'read',
        note: 'Called from edx_exams/apps/core/api.py (reset_exam_attempt): https://github.com/edx/edx-exams/blob/1db4518cdc88de6f113cc6964b281a44d93a955c/edx_exams/apps/core/api.py#L166. The repository now lives under the edx org (edx/edx-exams).',
      },
    },
  ],
  consumers: [
    {
      repository: 'openedx/openedx-platform',
      service: 'LMS',
      use: "Resets the learner's problem state for the exam (deleting module state) on behalf of the requesting staff user and queues a task to clear exam completion.",
      kind: 'event-bus-consumer',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/e57a655d77b614f19223984e9805b1fb940ab192/lms/djangoapps/instructor/handlers.py#L32',
        confidence: 'read',
        note: 'Receiver inside the LMS for an event produced by the edx-exams service, so it fires when the LMS runs the event-bus consumer for the topic. Evidence that the LMS consumes this topic: edx-exams README shows running `manage.py lms consume_events -t learning-exam-attempt-lifecycle` (https://github.com/edx/edx-exams/blob/1db4518cdc88de6f113cc6964b281a44d93a955c/README.rst#L157-L161); the producer is the separate edx-exams service.',
      },
    },
    {
      repository: 'openedx/openedx-platform',
      service: 'LMS',
      use: "For credit courses, removes the learner's exam credit requirement status.",
      kind: 'event-bus-consumer',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/e57a655d77b614f19223984e9805b1fb940ab192/openedx/core/djangoapps/credit/signals/handlers.py#L162',
        confidence: 'read',
        note: 'Receiver inside the LMS for an event produced by the edx-exams service, so it fires when the LMS runs the event-bus consumer for the topic. Evidence that the LMS consumes this topic: edx-exams README shows running `manage.py lms consume_events -t learning-exam-attempt-lifecycle` (https://github.com/edx/edx-exams/blob/1db4518cdc88de6f113cc6964b281a44d93a955c/README.rst#L157-L161); the producer is the separate edx-exams service.',
      },
    },
    openedxWebhooks('LMS', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L59',
      confidence: 'read',
    }),
  ],
  busUsage: [
    {
      topic: 'learning-exam-attempt-lifecycle',
      keyField: 'exam_attempt.course_key',
      source: {
        url: 'https://github.com/edx/edx-exams/blob/1db4518cdc88de6f113cc6964b281a44d93a955c/edx_exams/settings/base.py#L317-L319',
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
