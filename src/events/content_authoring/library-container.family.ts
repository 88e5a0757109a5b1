/**
 * What the events about containers in content libraries share: they carry the
 * same LibraryContainerData. LIBRARY_CONTAINER_CREATED, _UPDATED and _DELETED
 * also share their history; LIBRARY_CONTAINER_PUBLISHED came later.
 */
import type { z } from 'zod';
import type { HistoryEntry } from '../model';
import type { LibraryContainerData } from '../data/content_authoring';

export const LIBRARY_CONTAINER_EXAMPLE = {
  container_key: 'lct:OpenedX:CSPROB:unit:recursion-basics-7c1d',
  background: false,
} satisfies z.input<typeof LibraryContainerData>;

/** History of LIBRARY_CONTAINER_CREATED, LIBRARY_CONTAINER_UPDATED and LIBRARY_CONTAINER_DELETED. */
export const LIBRARY_CONTAINER_HISTORY: HistoryEntry[] = [
  {
    release: '9.20.0',
    date: '2025-03-15',
    summary: 'Event added, with the first events about containers in content libraries.',
    changes: [
      { kind: 'added', field: 'library_container.library_key' },
      { kind: 'added', field: 'library_container.container_key' },
      { kind: 'added', field: 'library_container.background' },
    ],
    breaking: false,
  },
  {
    release: '10.0.0',
    date: '2025-04-04',
    summary:
      'The library key was dropped and the container key became a LibraryContainerLocator, which names the ' +
      'library and the container type itself, instead of a plain container code.',
    changes: [
      { kind: 'removed', field: 'library_container.library_key' },
      {
        kind: 'changed',
        field: 'library_container.container_key',
        note: 'string code -> LibraryContainerLocator',
      },
    ],
    breaking: true,
  },
  {
    release: '10.2.0',
    date: '2025-05-08',
    summary: 'The background flag was deprecated: senders that expect slow handlers now emit from an asynchronous task.',
    changes: [{ kind: 'changed', field: 'library_container.background', note: 'deprecated' }],
    breaking: false,
  },
];
