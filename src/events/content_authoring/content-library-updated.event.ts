import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
import { ContentLibraryData } from '../data/content_authoring';
import { CONTENT_LIBRARY_EXAMPLE, CONTENT_LIBRARY_HISTORY } from './content-library.family';

export default defineEvent({
  signal: 'CONTENT_LIBRARY_UPDATED',
  eventType: 'org.openedx.content_authoring.content_library.updated.v1',
  description:
    'Studio announces that a setting of a content library (v2) itself changed, such as its title. It is not ' +
    'sent when only the blocks, collections or containers inside the library change: their own events report that.',
  producers: [
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio',
      trigger: "A v2 library's metadata (title, description, license, public access flags) is changed.",
      source: {
        url: 'https://github.com/openedx/edx-platform/blob/00cb1ab3ca0cb6976559a1be31d1dd847185ec2b/openedx/core/djangoapps/content_libraries/api/libraries.py#L631',
        confidence: 'read',
      },
    },
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio',
      trigger: 'All pending draft changes of a v2 library are published (sent with update_blocks=True).',
      source: {
        url: 'https://github.com/openedx/edx-platform/blob/00cb1ab3ca0cb6976559a1be31d1dd847185ec2b/openedx/core/djangoapps/content_libraries/api/libraries.py#L714',
        confidence: 'read',
      },
    },
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio',
      trigger: 'All pending draft changes of a v2 library are discarded, resetting it to its last published state (update_blocks=True).',
      source: {
        url: 'https://github.com/openedx/edx-platform/blob/00cb1ab3ca0cb6976559a1be31d1dd847185ec2b/openedx/core/djangoapps/content_libraries/api/libraries.py#L731',
        confidence: 'read',
      },
    },
  ],
  consumers: [
    openedxWebhooks('Studio', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L21',
      confidence: 'read',
    }),
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio (Meilisearch content search)',
      use: 'Synchronously reindexes all documents of the library (e.g. after rename, publish or revert).',
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/openedx/edx-platform/blob/ead98340c96a5260715e121e13fae7ddcbae5c10/openedx/core/djangoapps/content/search/handlers.py#L149',
        confidence: 'read',
        note: 'A newer version of this file adds receivers for CONTENT_LIBRARY_CREATED, LIBRARY_BLOCK_PUBLISHED, LIBRARY_CONTAINER_*, COURSE_IMPORT_COMPLETED and COURSE_RERUN_COMPLETED.',
      },
    },
  ],
  data: { content_library: ContentLibraryData },
  examples: [{ content_library: CONTENT_LIBRARY_EXAMPLE }],
  history: [...CONTENT_LIBRARY_HISTORY],
});
