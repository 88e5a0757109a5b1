import { defineEvent } from '../model';
import { ORASubmissionData } from '../data/learning';

export default defineEvent({
  signal: 'ORA_SUBMISSION_CREATED',
  eventType: 'org.openedx.learning.ora.submission.created.v1',
  description:
    'A learner submitted a response to an Open Response Assessment (ORA). The payload carries the text and the ' +
    'uploaded files, so that consumers can, for example, send it to a plagiarism checker.',
  producers: [{ repository: 'openedx/edx-ora2', service: 'LMS', trigger: 'A learner submits a response in an ORA block.' }],
  consumers: [
    {
      repository: 'eduNEXT/platform-plugin-turnitin',
      service: 'LMS plugin',
      use: 'Sends the text and files of the submission to Turnitin for a plagiarism review.',
    },
  ],
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
