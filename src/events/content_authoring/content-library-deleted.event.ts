import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
import { ContentLibraryData } from '../data/content_authoring';
import { CONTENT_LIBRARY_EXAMPLE, CONTENT_LIBRARY_HISTORY } from './content-library.family';

export default defineEvent({
  signal: 'CONTENT_LIBRARY_DELETED',
  eventType: 'org.openedx.content_authoring.content_library.deleted.v1',
  description: 'Studio announces that a content library (v2) was deleted, together with everything in it.',
  producers: [
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio',
      trigger: 'A v2 content library (and its learning package) is deleted.',
      source: {
        url: 'https://github.com/openedx/edx-platform/blob/00cb1ab3ca0cb6976559a1be31d1dd847185ec2b/openedx/core/djangoapps/content_libraries/api/libraries.py#L656',
        confidence: 'read',
      },
    },
  ],
  consumers: [
    openedxWebhooks('Studio', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L22',
      confidence: 'read',
    }),
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio (Meilisearch content search)',
      use: 'Deletes the search-access record of the deleted library so it no longer appears in Studio search permissions.',
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/openedx/edx-platform/blob/ead98340c96a5260715e121e13fae7ddcbae5c10/openedx/core/djangoapps/content/search/handlers.py#L62',
        confidence: 'read',
        note: 'A newer version of this file adds receivers for CONTENT_LIBRARY_CREATED, LIBRARY_BLOCK_PUBLISHED, LIBRARY_CONTAINER_*, COURSE_IMPORT_COMPLETED and COURSE_RERUN_COMPLETED.',
      },
    },
  ],
  data: { content_library: ContentLibraryData },
  examples: [{ content_library: CONTENT_LIBRARY_EXAMPLE }],
  history: [...CONTENT_LIBRARY_HISTORY],
});
