/**
 * What LIBRARY_COLLECTION_CREATED, LIBRARY_COLLECTION_UPDATED and
 * LIBRARY_COLLECTION_DELETED share: they carry the same LibraryCollectionData.
 */
import type { z } from 'zod';
import type { HistoryEntry } from '../model';
import { LibraryCollectionData } from '../data/content_authoring';

export const LIBRARY_COLLECTION_EXAMPLE = {
  collection_key: 'lib-collection:OpenedX:CSPROB:recursion-exercises',
  background: false,
} satisfies z.input<typeof LibraryCollectionData>;

/** History of the three events; the changes of their data since are in LibraryCollectionData's history. */
export const LIBRARY_COLLECTION_HISTORY: HistoryEntry[] = [
  {
    release: '9.14.0',
    summary: 'Event added, with the first events about collections in content libraries.',
    breaking: false,
    added: { library_collection: LibraryCollectionData },
  },
];
