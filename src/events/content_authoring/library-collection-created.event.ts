import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
import { LibraryCollectionData } from '../data/content_authoring';
import { LIBRARY_COLLECTION_EXAMPLE, LIBRARY_COLLECTION_HISTORY } from './library-collection.family';

export default defineEvent({
  signal: 'LIBRARY_COLLECTION_CREATED',
  eventType: 'org.openedx.content_authoring.content_library.collection.created.v1',
  description:
    'Studio announces that a new collection was created in a content library (v2). Collections group library ' +
    'items by topic without moving them.',
  producers: [
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio',
      trigger:
        "openedx_content reports that a collection in a v2 library's learning package was created (or restored after deletion); the library app re-announces it with the collection's library key.",
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/1be040132624a1a61a5710dad3eedd06c21b18b6/openedx/core/djangoapps/content_libraries/signal_handlers.py#L50',
        confidence: 'read',
        note: "Newest code: sent from collection_updated, the receiver of openedx_content's LEARNING_PACKAGE_COLLECTION_CHANGED (@receiver at L23), in the text of this commit (3,747 chars, read in full, line counted). This replaces the earlier sends in create_library_collection / update_library_collection(_components) of the old content_libraries/api.py (openedx/edx-platform 007f80a2a70cb9eafe72e91d0de7749688c61a58; create_library_collection sent it at https://github.com/openedx/edx-platform/blob/007f80a2a70cb9eafe72e91d0de7749688c61a58/openedx/core/djangoapps/content_libraries/api.py#L1113, read) and the Collection post_save handler of the 02ab79b version of this file.",
      },
    },
  ],
  consumers: [
    openedxWebhooks('Studio', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L29',
      confidence: 'read',
    }),
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio (Meilisearch content search)',
      use: "Indexes the new collection's search document (async if the event is flagged background, otherwise sync).",
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/openedx/edx-platform/blob/ead98340c96a5260715e121e13fae7ddcbae5c10/openedx/core/djangoapps/content/search/handlers.py#L169',
        confidence: 'read',
        note: 'A newer version of this file adds receivers for CONTENT_LIBRARY_CREATED, LIBRARY_BLOCK_PUBLISHED, LIBRARY_CONTAINER_*, COURSE_IMPORT_COMPLETED and COURSE_RERUN_COMPLETED.',
      },
    },
  ],
  data: { library_collection: LibraryCollectionData },
  examples: [{ library_collection: LIBRARY_COLLECTION_EXAMPLE }],
  history: [...LIBRARY_COLLECTION_HISTORY],
});
