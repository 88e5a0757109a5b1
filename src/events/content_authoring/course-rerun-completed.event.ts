import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
import { CourseData } from '../data/content_authoring';

export default defineEvent({
  signal: 'COURSE_RERUN_COMPLETED',
  eventType: 'org.openedx.content_authoring.course.rerun.completed.v1',
  description:
    'Studio announces that a course rerun has finished: a new course run now exists, filled with the content of ' +
    'the run it was copied from. The payload names the new run.',
  keyField: 'catalog_info.course_key',
  keyFieldSince: '10.5.0',
  producers: [
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio',
      trigger:
        "The background rerun task finishes cloning a course into its new run, grants the requesting user access and marks the rerun as succeeded; the event carries the new run's course key.",
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/01ba6b037e79c908d42e75953959e6151a9dee57/cms/djangoapps/contentstore/tasks.py#L204',
        confidence: 'read',
        note: 'In the rerun_course Celery task (def at L170), right after CourseRerunState is set to succeeded and before videos, country access rules and the organization link are copied. Lines counted in the saved text of this commit.',
      },
    },
  ],
  consumers: [
    openedxWebhooks('Studio', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L37',
      confidence: 'read',
    }),
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio (Meilisearch content search)',
      use: 'Queues one bulk reindex of all blocks of the new rerun course.',
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/19285155ade28baa4010ee18f093e9e2dd0056fa/openedx/core/djangoapps/content/search/handlers.py#L398',
        confidence: 'read',
        note: 'One receiver handles both COURSE_IMPORT_COMPLETED and COURSE_RERUN_COMPLETED; it does nothing unless course indexing is enabled.',
      },
    },
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio (library upstream links)',
      use: "Queues a task that builds the links between the new run's blocks and their library sources, replacing any stored ones.",
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/d090e2bf4ffa3998871d50c1bc3de3928579da68/cms/djangoapps/contentstore/signals/handlers.py#L297',
        confidence: 'read',
        note: 'One receiver handles both COURSE_IMPORT_COMPLETED and COURSE_RERUN_COMPLETED.',
      },
    },
  ],
  data: { course: CourseData },
  examples: [{ course: { course_key: 'course-v1:edX+DemoX+2026_T2' } }],
  history: [
    {
      release: '10.5.0',
      summary: 'Event added.',
      breaking: false,
      added: { course: CourseData },
    },
  ],
  exceptions: [
    {
      rule: 'key-field-resolves',
      reason:
        'Upstream declares `catalog_info.course_key` as the key field, as it does for COURSE_IMPORT_COMPLETED, but ' +
        'the data key of this event is `course`, so that path does not exist; the course key is at ' +
        '`course.course_key`.',
    },
  ],
});
