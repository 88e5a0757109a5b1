import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
import { LibraryCollectionData } from '../data/content_authoring';
import { LIBRARY_COLLECTION_EXAMPLE, LIBRARY_COLLECTION_HISTORY } from './library-collection.family';

export default defineEvent({
  signal: 'LIBRARY_COLLECTION_DELETED',
  eventType: 'org.openedx.content_authoring.content_library.collection.deleted.v1',
  description: 'Studio announces that a collection was removed from a content library (v2). The items it grouped stay in ' + 'the library.',
  producers: [
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio',
      trigger:
        "openedx_content reports that a collection in a v2 library's learning package was deleted; the library app re-announces it with the collection's library key.",
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/1be040132624a1a61a5710dad3eedd06c21b18b6/openedx/core/djangoapps/content_libraries/signal_handlers.py#L63',
        confidence: 'read',
        note: "Newest code: third branch of collection_updated, the receiver of openedx_content's LEARNING_PACKAGE_COLLECTION_CHANGED (@receiver at L23); file read in full at this commit and line counted. The other entry is the older post_delete-based version of the same file.",
      },
    },
  ],
  consumers: [
    openedxWebhooks('Studio', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L31',
      confidence: 'read',
    }),
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio (Meilisearch content search)',
      use: "Updates the collection's search document after deletion (same handler as create/update).",
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/openedx/edx-platform/blob/ead98340c96a5260715e121e13fae7ddcbae5c10/openedx/core/djangoapps/content/search/handlers.py#L170',
        confidence: 'read',
        note: 'A newer version of this file adds receivers for CONTENT_LIBRARY_CREATED, LIBRARY_BLOCK_PUBLISHED, LIBRARY_CONTAINER_*, COURSE_IMPORT_COMPLETED and COURSE_RERUN_COMPLETED.',
      },
    },
  ],
  data: { library_collection: LibraryCollectionData },
  examples: [{ library_collection: LIBRARY_COLLECTION_EXAMPLE }],
  history: [...LIBRARY_COLLECTION_HISTORY],
});
