import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
import { LibraryCollectionData } from '../data/content_authoring';
import { LIBRARY_COLLECTION_EXAMPLE, LIBRARY_COLLECTION_HISTORY } from './library-collection.family';

export default defineEvent({
  signal: 'LIBRARY_COLLECTION_UPDATED',
  eventType: 'org.openedx.content_authoring.content_library.collection.updated.v1',
  description: 'Studio announces that a collection in a content library (v2) changed, such as its title or description.',
  producers: [
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio',
      trigger:
        "When a library's drafts are reverted, every collection of the library is re-announced (background=True) so item counts get refreshed.",
      source: {
        url: 'https://github.com/openedx/edx-platform/blob/00cb1ab3ca0cb6976559a1be31d1dd847185ec2b/openedx/core/djangoapps/content_libraries/api/libraries.py#L744',
        confidence: 'read',
      },
    },
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio',
      trigger:
        "openedx_content reports that a v2 library collection was renamed or re-described, or that entities were added to or removed from it; the event lets the collection's search document (e.g. its item count) be refreshed.",
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/1be040132624a1a61a5710dad3eedd06c21b18b6/openedx/core/djangoapps/content_libraries/signal_handlers.py#L59',
        confidence: 'read',
        note: "Newest code: sent from collection_updated, the receiver of openedx_content's LEARNING_PACKAGE_COLLECTION_CHANGED (@receiver at L23), in the text of this commit (3,747 chars, read in full, line counted). This replaces the earlier sends in create_library_collection / update_library_collection(_components) of the old content_libraries/api.py (openedx/edx-platform 007f80a2a70cb9eafe72e91d0de7749688c61a58; sent at https://github.com/openedx/edx-platform/blob/007f80a2a70cb9eafe72e91d0de7749688c61a58/openedx/core/djangoapps/content_libraries/api.py#L1153 and https://github.com/openedx/edx-platform/blob/007f80a2a70cb9eafe72e91d0de7749688c61a58/openedx/core/djangoapps/content_libraries/api.py#L1231, read) and the Collection post_save handler of the 02ab79b version of this file.",
      },
    },
  ],
  consumers: [
    openedxWebhooks('Studio', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L30',
      confidence: 'read',
    }),
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio (Meilisearch content search)',
      use: "Re-indexes the collection's search document, in the background when flagged so.",
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/openedx/edx-platform/blob/ead98340c96a5260715e121e13fae7ddcbae5c10/openedx/core/djangoapps/content/search/handlers.py#L171',
        confidence: 'read',
        note: 'A newer version of this file adds receivers for CONTENT_LIBRARY_CREATED, LIBRARY_BLOCK_PUBLISHED, LIBRARY_CONTAINER_*, COURSE_IMPORT_COMPLETED and COURSE_RERUN_COMPLETED.',
      },
    },
  ],
  data: { library_collection: LibraryCollectionData },
  examples: [{ library_collection: LIBRARY_COLLECTION_EXAMPLE }],
  history: [...LIBRARY_COLLECTION_HISTORY],
});
