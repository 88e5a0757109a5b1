import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
import { CourseData } from '../data/content_authoring';

export default defineEvent({
  signal: 'COURSE_CREATED',
  eventType: 'org.openedx.content_authoring.course.created.v1',
  description:
    'Studio announces that a new course run was created. The payload carries only the course key; consumers ' +
    'that need more read the course from Studio.',
  producers: [
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio',
      trigger: "Studio's mixed modulestore creates a new course run (new course or rerun target) and announces its key.",
      source: {
        url: 'https://github.com/openedx/edx-platform/blob/0700ec2908d3a7e895b56806642a81893577adb5/xmodule/modulestore/mixed.py#L682',
        confidence: 'read',
        note: 'A newer edx-platform version may have shifted lines; the call sits in MixedModuleStore.',
      },
    },
  ],
  consumers: [
    openedxWebhooks('Studio', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L19',
      confidence: 'read',
    }),
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio (content tagging)',
      use: 'Queues a task that applies automatic (system-defined, e.g. language/organization) tags to the new course.',
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/openedx/edx-platform/blob/9b6074f967066f42748a0bb0d9ad0d80edb84306/openedx/core/djangoapps/content_tagging/handlers.py#L38',
        confidence: 'read',
        note: 'Handlers act only when the CONTENT_TAGGING_AUTO toggle is on.',
      },
    },
  ],
  data: { course: CourseData },
  examples: [{ course: { course_key: 'course-v1:OpenedX+Intro101+2026_T1' } }],
  history: [
    {
      release: '8.3.0',
      summary: 'Event added, together with the other Studio lifecycle events for courses and libraries.',
      breaking: false,
      added: { course: CourseData },
    },
  ],
});
