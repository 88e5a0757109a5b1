/**
 * What the XBLOCK_* events of course blocks share. XBLOCK_DELETED,
 * XBLOCK_DUPLICATED and XBLOCK_PUBLISHED came first, in 4.1.0;
 * XBLOCK_CREATED and XBLOCK_UPDATED followed in 8.3.0. The version field
 * that 8.3.0 added to their data is in the histories of XBlockData and
 * DuplicatedXBlockData.
 */
import type { HistoryEntry } from '../model';
import { XBlockData } from '../data/content_authoring';

/** The summary of the 4.1.0 entries, which added the first XBlock events; XBLOCK_DUPLICATED carries another class. */
export const FIRST_XBLOCK_EVENTS_SUMMARY = 'Event added, with the first XBlock events of the content_authoring domain.';

/** History of XBLOCK_DELETED and XBLOCK_PUBLISHED. */
export const XBLOCK_HISTORY_SINCE_4_1_0: HistoryEntry[] = [
  {
    release: '4.1.0',
    summary: FIRST_XBLOCK_EVENTS_SUMMARY,
    breaking: false,
    added: { xblock_info: XBlockData },
  },
];

/** History of XBLOCK_CREATED and XBLOCK_UPDATED. */
export const XBLOCK_HISTORY_SINCE_8_3_0: HistoryEntry[] = [
  {
    release: '8.3.0',
    summary: 'Event added, together with the other Studio lifecycle events for courses and libraries.',
    breaking: false,
    added: { xblock_info: XBlockData },
  },
];
