import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
import { CourseData } from '../data/content_authoring';

export default defineEvent({
  signal: 'COURSE_IMPORT_COMPLETED',
  eventType: 'org.openedx.content_authoring.course.import.completed.v1',
  description:
    'Studio announces that importing a course archive into a course run has finished, so the whole content of ' +
    'the run may have been replaced at once.',
  keyField: 'catalog_info.course_key',
  keyFieldSince: '9.18.0',
  producers: [
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio',
      trigger:
        'A course import from OLX finishes writing the course (published blocks, drafts and tags) into the modulestore; the event carries the destination course key.',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/47bf2679e3637e0f8e4cf27d125bd031637e3445/xmodule/modulestore/xml_importer.py#L739',
        confidence: 'read',
        note: "CourseImportManager.post_course_import (L733), called at the end of ImportManager.run_imports (L604) for each imported course, so it fires for Studio's import task and any other caller of import_course_from_xml (e.g. management commands). Not in contentstore/tasks.py, which only imports COURSE_RERUN_COMPLETED. Lines counted in the saved text of this commit.",
      },
    },
  ],
  consumers: [
    openedxWebhooks('Studio', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L36',
      confidence: 'read',
    }),
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio (Meilisearch content search)',
      use: 'Queues one bulk reindex of all blocks of the imported course.',
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
      use: "Queues a task that rebuilds the links between the imported course's blocks and their library sources, replacing the stored ones.",
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/d090e2bf4ffa3998871d50c1bc3de3928579da68/cms/djangoapps/contentstore/signals/handlers.py#L297',
        confidence: 'read',
        note: 'One receiver handles both COURSE_IMPORT_COMPLETED and COURSE_RERUN_COMPLETED.',
      },
    },
  ],
  data: { course: CourseData },
  examples: [{ course: { course_key: 'course-v1:edX+DemoX+Demo_Course' } }],
  history: [
    {
      release: '9.18.0',
      summary: 'Event added.',
      breaking: false,
      added: { course: CourseData },
    },
  ],
  exceptions: [
    {
      rule: 'key-field-resolves',
      reason:
        'Upstream declares `catalog_info.course_key` as the key field, the path used by COURSE_CATALOG_INFO_CHANGED, ' +
        'but the data key of this event is `course`, so that path does not exist; the course key is at ' +
        '`course.course_key`.',
    },
  ],
});
