import { defineEvent } from '../model';
import { LibraryCollectionData } from '../data/content_authoring';
import { LIBRARY_COLLECTION_CONSUMERS, LIBRARY_COLLECTION_EXAMPLE, LIBRARY_COLLECTION_HISTORY } from './library-collection.family';

export default defineEvent({
  signal: 'LIBRARY_COLLECTION_DELETED',
  eventType: 'org.openedx.content_authoring.content_library.collection.deleted.v1',
  description: 'Studio announces that a collection was removed from a content library (v2). The items it grouped stay in ' + 'the library.',
  producers: [
    {
      repository: 'openedx/edx-platform',
      service: 'Studio',
      trigger: 'An author deletes a collection of a content library in Studio.',
    },
  ],
  consumers: [...LIBRARY_COLLECTION_CONSUMERS],
  data: { library_collection: LibraryCollectionData },
  examples: [{ library_collection: LIBRARY_COLLECTION_EXAMPLE }],
  history: [...LIBRARY_COLLECTION_HISTORY],
});
