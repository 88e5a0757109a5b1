/**
 * Comparing two openedx-events releases in the browser, from the data the
 * generator writes (scripts/lib/render/release-compare-data.ts): each event's
 * states and the changes between every two of them, decided at build time by
 * the compatibility rules.
 */
import type { ChangeKind } from './compatibility-rules';

export interface CompareChange {
  kind: ChangeKind;
  field: string | null;
  detail: string;
  breaking: boolean;
}

export interface CompareEvent {
  signal: string;
  /** The event's page on the site, when the event still exists. */
  page: string | null;
  /** From the release at index `since` on (until the next state), the event has this type, or does not exist (null). */
  states: Array<{ since: number; eventType: string | null }>;
  /** `"i-j"` (i < j, both states where the event exists) → the changes from state i to state j. */
  changes: Record<string, CompareChange[]>;
}

export interface CompareData {
  $comment: string;
  /** Oldest first; events' states refer to these by index. */
  releases: Array<{ release: string; date: string; named: string | null }>;
  events: CompareEvent[];
}

export interface ComparedEvent {
  signal: string;
  page: string | null;
  status: 'added' | 'removed' | 'renamed' | 'changed';
  fromType: string | null;
  toType: string | null;
  breaking: boolean;
  changes: CompareChange[];
}

function stateAt(event: CompareEvent, release: number): number {
  let found = -1;
  event.states.forEach((s, i) => {
    if (s.since <= release) found = i;
  });
  return found;
}

/** Every event that differs between the releases at indexes `from` < `to`. */
export function compareReleaseData(data: CompareData, from: number, to: number): ComparedEvent[] {
  const out: ComparedEvent[] = [];
  for (const event of data.events) {
    const a = stateAt(event, from);
    const b = stateAt(event, to);
    const fromType = a < 0 ? null : event.states[a].eventType;
    const toType = b < 0 ? null : event.states[b].eventType;
    if (a === b || (fromType === null && toType === null)) continue;
    const changes = fromType !== null && toType !== null ? (event.changes[`${a}-${b}`] ?? []) : [];
    const status = fromType === null ? 'added' : toType === null ? 'removed' : fromType !== toType ? 'renamed' : 'changed';
    if (status === 'changed' && !changes.length) continue;
    out.push({
      signal: event.signal,
      page: event.page,
      status,
      fromType,
      toType,
      breaking: status === 'removed' || status === 'renamed' || changes.some((c) => c.breaking),
      changes,
    });
  }
  return out;
}
