/**
 * What the events about containers in content libraries share: they carry the
 * same LibraryContainerData. LIBRARY_CONTAINER_CREATED, _UPDATED and _DELETED
 * also share their history; LIBRARY_CONTAINER_PUBLISHED came later.
 */
import type { z } from 'zod';
import type { HistoryEntry } from '../model';
import { LibraryContainerData } from '../data/content_authoring';

export const LIBRARY_CONTAINER_EXAMPLE = {
  container_key: 'lct:OpenedX:CSPROB:unit:recursion-basics-7c1d',
  background: false,
} satisfies z.input<typeof LibraryContainerData>;

/**
 * History of LIBRARY_CONTAINER_CREATED, LIBRARY_CONTAINER_UPDATED and
 * LIBRARY_CONTAINER_DELETED; the changes of their data since are in
 * LibraryContainerData's history.
 */
export const LIBRARY_CONTAINER_HISTORY: HistoryEntry[] = [
  {
    release: '9.20.0',
    summary: 'Event added, with the first events about containers in content libraries.',
    breaking: false,
    added: { library_container: LibraryContainerData },
  },
];
