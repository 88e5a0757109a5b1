/**
 * What CONTENT_LIBRARY_CREATED, CONTENT_LIBRARY_UPDATED and
 * CONTENT_LIBRARY_DELETED share: they carry the same ContentLibraryData.
 */
import type { z } from 'zod';
import type { HistoryEntry } from '../model';
import type { ContentLibraryData } from '../data/content_authoring';

export const CONTENT_LIBRARY_EXAMPLE = {
  library_key: 'lib:OpenedX:CSPROB',
  update_blocks: false,
} satisfies z.input<typeof ContentLibraryData>;

export const CONTENT_LIBRARY_HISTORY: HistoryEntry[] = [
  {
    release: '8.3.0',
    date: '2023-07-10',
    summary: 'Event added, together with the other Studio lifecycle events for courses and libraries.',
    changes: [
      { kind: 'added', field: 'content_library.library_key' },
      { kind: 'added', field: 'content_library.update_blocks' },
    ],
    breaking: false,
  },
  {
    release: '10.2.0',
    date: '2025-05-08',
    summary:
      'The update_blocks flag was deprecated: senders now emit one event per changed library item instead of ' +
      'asking consumers to refresh every block.',
    changes: [{ kind: 'changed', field: 'content_library.update_blocks', note: 'deprecated' }],
    breaking: false,
  },
];
