/**
 * What the XBLOCK_* events of course blocks share. XBLOCK_DELETED,
 * XBLOCK_DUPLICATED and XBLOCK_PUBLISHED came first, in 4.1.0;
 * XBLOCK_CREATED and XBLOCK_UPDATED followed in 8.3.0.
 */
import type { FieldChange, HistoryEntry } from '../model';

/** The history entry of the 4.1.0 release, which added the first XBlock events; only the added fields differ. */
export function firstXBlockEventsEntry(changes: FieldChange[]): HistoryEntry {
  return {
    release: '4.1.0',
    date: '2023-01-03',
    summary: 'Event added, with the first XBlock events of the content_authoring domain.',
    changes,
    breaking: false,
  };
}

/** History of XBLOCK_DELETED and XBLOCK_PUBLISHED. */
export const XBLOCK_HISTORY_SINCE_4_1_0: HistoryEntry[] = [
  firstXBlockEventsEntry([
    { kind: 'added', field: 'xblock_info.usage_key' },
    { kind: 'added', field: 'xblock_info.block_type' },
  ]),
  {
    release: '8.3.0',
    date: '2023-07-10',
    summary: 'An optional version field was added, holding the key of the block pinned to a branch and version.',
    changes: [{ kind: 'added', field: 'xblock_info.version' }],
    breaking: false,
  },
];

/** History of XBLOCK_CREATED and XBLOCK_UPDATED. */
export const XBLOCK_HISTORY_SINCE_8_3_0: HistoryEntry[] = [
  {
    release: '8.3.0',
    date: '2023-07-10',
    summary: 'Event added, together with the other Studio lifecycle events for courses and libraries.',
    changes: [
      { kind: 'added', field: 'xblock_info.usage_key' },
      { kind: 'added', field: 'xblock_info.block_type' },
      { kind: 'added', field: 'xblock_info.version' },
    ],
    breaking: false,
  },
];
