/**
 * What CONTENT_LIBRARY_CREATED, CONTENT_LIBRARY_UPDATED and
 * CONTENT_LIBRARY_DELETED share: they carry the same ContentLibraryData.
 */
import type { z } from 'zod';
import type { HistoryEntry } from '../model';
import { ContentLibraryData } from '../data/content_authoring';

export const CONTENT_LIBRARY_EXAMPLE = {
  library_key: 'lib:OpenedX:CSPROB',
  update_blocks: false,
} satisfies z.input<typeof ContentLibraryData>;

/** History of CONTENT_LIBRARY_CREATED, _UPDATED and _DELETED; the 10.2.0 deprecation of update_blocks is in ContentLibraryData's history. */
export const CONTENT_LIBRARY_HISTORY: HistoryEntry[] = [
  {
    release: '8.3.0',
    summary: 'Event added, together with the other Studio lifecycle events for courses and libraries.',
    breaking: false,
    added: { content_library: ContentLibraryData },
  },
];
