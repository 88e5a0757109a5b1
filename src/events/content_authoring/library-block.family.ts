/**
 * What the events about blocks in content libraries share: they carry the
 * same LibraryBlockData. LIBRARY_BLOCK_CREATED, _UPDATED and _DELETED also
 * share their history; LIBRARY_BLOCK_PUBLISHED came later.
 */
import type { z } from 'zod';
import type { HistoryEntry } from '../model';
import { LibraryBlockData } from '../data/content_authoring';

/** Example of LIBRARY_BLOCK_CREATED, LIBRARY_BLOCK_DELETED and LIBRARY_BLOCK_PUBLISHED: a problem component. */
export const LIBRARY_BLOCK_EXAMPLE = {
  library_key: 'lib:OpenedX:CSPROB',
  usage_key: 'lb:OpenedX:CSPROB:problem:2f7c4b1e-8d3a-4a6b-9e2f-5c1d7b3a9e4f',
} satisfies z.input<typeof LibraryBlockData>;

/** History of LIBRARY_BLOCK_CREATED, LIBRARY_BLOCK_UPDATED and LIBRARY_BLOCK_DELETED. */
export const LIBRARY_BLOCK_HISTORY: HistoryEntry[] = [
  {
    release: '8.3.0',
    summary: 'Event added, together with the other Studio lifecycle events for courses and libraries.',
    breaking: false,
    added: { library_block: LibraryBlockData },
  },
];
