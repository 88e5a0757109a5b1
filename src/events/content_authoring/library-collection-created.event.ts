import { defineEvent } from '../model';
import { LibraryCollectionData } from '../data/content_authoring';
import { LIBRARY_COLLECTION_CONSUMERS, LIBRARY_COLLECTION_EXAMPLE, LIBRARY_COLLECTION_HISTORY } from './library-collection.family';

export default defineEvent({
  signal: 'LIBRARY_COLLECTION_CREATED',
  eventType: 'org.openedx.content_authoring.content_library.collection.created.v1',
  description:
    'Studio announces that a new collection was created in a content library (v2). Collections group library ' +
    'items by topic without moving them.',
  producers: [
    {
      repository: 'openedx/edx-platform',
      service: 'Studio',
      trigger: 'An author creates a collection in a content library in Studio.',
    },
  ],
  consumers: [...LIBRARY_COLLECTION_CONSUMERS],
  data: { library_collection: LibraryCollectionData },
  examples: [{ library_collection: LIBRARY_COLLECTION_EXAMPLE }],
  history: [...LIBRARY_COLLECTION_HISTORY],
});
