import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
import { ORASubmissionData } from '../data/learning';

export default defineEvent({
  signal: 'ORA_SUBMISSION_CREATED',
  eventType: 'org.openedx.learning.ora.submission.created.v1',
  description:
    'A learner submitted a response to an Open Response Assessment (ORA). The payload carries the text and the ' +
    'uploaded files, so that consumers can, for example, send it to a plagiarism checker.',
  producers: [
    {
      repository: 'openedx/edx-ora2',
      service: 'ORA2 (XBlock in LMS)',
      trigger:
        'A learner submits a response to an Open Response Assessment through the legacy ORA UI submit handler; sent after the submission is stored.',
      source: {
        url: 'https://github.com/openedx/edx-ora2/blob/95c188d3329cdcd0d77f0c38995750f0e2dbe46f/openassessment/xblock/ui_mixins/legacy/handlers_mixin.py#L81',
        confidence: 'read',
        note: 'Called from the legacy submit json_handler (https://github.com/openedx/edx-ora2/blob/95c188d3329cdcd0d77f0c38995750f0e2dbe46f/openassessment/xblock/ui_mixins/legacy/handlers_mixin.py#L118). No send was found in the MFE (ui_mixins/mfe) submit path.',
      },
    },
  ],
  consumers: [
    {
      repository: 'eduNEXT/platform-plugin-turnitin',
      service: 'platform-plugin-turnitin (plugin in LMS)',
      use: 'If Turnitin is enabled globally or for the course, queues a task that sends the submission text and files to Turnitin for a similarity report.',
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/eduNEXT/platform-plugin-turnitin/blob/03aaa0fcb089c61d18b71a25ce39bcc689c8f972/platform_plugin_turnitin/apps.py#L45-L48',
        confidence: 'read',
        note: "Connected through the plugin's signals_config (LMS); handler: https://github.com/eduNEXT/platform-plugin-turnitin/blob/03aaa0fcb089c61d18b71a25ce39bcc689c8f972/platform_plugin_turnitin/handlers.py#L9",
      },
    },
    openedxWebhooks('LMS', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L66',
      confidence: 'read',
    }),
  ],
  staleBusWarning: {
    source: {
      url: 'https://github.com/openedx/openedx-events/blob/b1d710af9f8b55e4c72c8540a8febc327d472e41/openedx_events/learning/signals.py#L385',
      confidence: 'read',
    },
  },
  data: { submission: ORASubmissionData },
  examples: [
    {
      submission: {
        uuid: '2c6a9f1e-7b3d-4e8a-9c5f-1d0e2b4a6c8e',
        anonymous_user_id: '5f8d2c7e1b9a4e3d6c0f2a8b7e1d9c4a',
        location: 'block-v1:edX+DemoX+Demo_Course+type@openassessment+block@0d1c2b3a',
        attempt_number: 1,
        created_at: '2026-02-14T10:31:05+00:00',
        submitted_at: '2026-02-14T10:31:05+00:00',
        answer: {
          parts: [{ text: 'Learning to code teaches you to break problems into small steps.' }],
          file_keys: ['5f8d2c7e1b9a4e3d6c0f2a8b7e1d9c4a/course-v1:edX+DemoX+Demo_Course/0d1c2b3a/0'],
          file_descriptions: ['Flowchart of my solution'],
          file_names: ['flowchart.png'],
          file_sizes: [48213],
          file_urls: ['https://lms.example.com/media/submissions_attachments/flowchart.png'],
        },
      },
    },
  ],
  history: [
    {
      release: '9.9.0',
      summary: 'Event added.',
      breaking: false,
      added: { submission: ORASubmissionData },
    },
  ],
});
