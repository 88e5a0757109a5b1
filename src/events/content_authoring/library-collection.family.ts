/**
 * What LIBRARY_COLLECTION_CREATED, LIBRARY_COLLECTION_UPDATED and
 * LIBRARY_COLLECTION_DELETED share: they carry the same LibraryCollectionData.
 */
import type { z } from 'zod';
import type { Consumer, HistoryEntry } from '../model';
import type { LibraryCollectionData } from '../data/content_authoring';

export const LIBRARY_COLLECTION_CONSUMERS: Consumer[] = [
  {
    repository: 'openedx/edx-platform',
    service: 'Studio',
    use: 'Content search refreshes the Meilisearch document of the collection.',
  },
];

export const LIBRARY_COLLECTION_EXAMPLE = {
  collection_key: 'lib-collection:OpenedX:CSPROB:recursion-exercises',
  background: false,
} satisfies z.input<typeof LibraryCollectionData>;

export const LIBRARY_COLLECTION_HISTORY: HistoryEntry[] = [
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
    summary: 'The background flag was deprecated: senders that expect slow handlers now emit from an asynchronous task.',
    changes: [{ kind: 'changed', field: 'library_collection.background', note: 'deprecated' }],
    breaking: false,
  },
];
