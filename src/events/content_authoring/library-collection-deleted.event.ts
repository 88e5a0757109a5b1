import { defineEvent } from '../model';
import { LibraryCollectionData } from '../data/content_authoring';

export default defineEvent({
  signal: 'LIBRARY_COLLECTION_DELETED',
  eventType: 'org.openedx.content_authoring.content_library.collection.deleted.v1',
  description:
    'Studio announces that a collection was removed from a content library (v2). The items it grouped stay in ' +
    'the library.',
  addedIn: '9.14.0',
  producers: [
    {
      repository: 'openedx/edx-platform',
      service: 'Studio',
      trigger: 'An author deletes a collection of a content library in Studio.',
    },
  ],
  consumers: [
    {
      repository: 'openedx/edx-platform',
      service: 'Studio',
      use: 'Content search refreshes the Meilisearch document of the collection.',
    },
  ],
  data: { library_collection: LibraryCollectionData },
  examples: [
    {
      library_collection: {
        collection_key: 'lib-collection:OpenedX:CSPROB:recursion-exercises',
        background: false,
      },
    },
  ],
  history: [
    {
      release: '9.14.0',
      date: '2024-09-12',
      summary: 'Event added, with the first events about collections in content libraries.',
      changes: [
        { kind: 'added', field: 'library_collection.library_key' },
        { kind: 'added', field: 'library_collection.collection_key' },
      ],
      breaking: false,
    },
    {
      release: '9.15.0',
      date: '2024-10-10',
      summary: 'A background flag was added, letting the sender say that handlers may do their work asynchronously.',
      changes: [{ kind: 'added', field: 'library_collection.background' }],
      breaking: false,
    },
    {
      release: '10.0.0',
      date: '2025-04-04',
      summary:
        'The library key was dropped and the collection key became a LibraryCollectionLocator, which names the ' +
        'library itself, instead of a plain collection code.',
      changes: [
        { kind: 'removed', field: 'library_collection.library_key' },
        {
          kind: 'changed',
          field: 'library_collection.collection_key',
          note: 'string code -> LibraryCollectionLocator',
        },
      ],
      breaking: true,
    },
    {
      release: '10.2.0',
      date: '2025-05-08',
      summary:
        'The background flag was deprecated: senders that expect slow handlers now emit from an asynchronous task.',
      changes: [{ kind: 'changed', field: 'library_collection.background', note: 'deprecated' }],
      breaking: false,
    },
  ],
});
