/**
 * The data of the release comparison page (src/pages/releases/compare.tsx):
 * for each event, the spans of releases in which its schema stayed the same
 * (its states), and the changes between every two of its states, computed
 * here by the compatibility rules. The page picks the states of the two
 * releases it compares and looks their changes up: it never downloads a
 * schema, and computes nothing the rules would have to decide.
 */
import { NAMED_RELEASES, UPSTREAM_RELEASES } from '../../../src/events/releases';
import type { CompareData, CompareEvent } from '../../../src/release-compare';
import { COMPARE_DATA_PATH, eventPagePath } from '../../../src/site';
import type { Catalog } from '../catalog';
import { GENERATED_NOTE } from '../json-schema';
import type { Outputs } from '../outputs';
import type { EventAtRelease, ReleaseHistory } from '../release-history';
import { staticFile } from '../schema-set';

function compareEvent(history: ReleaseHistory, signal: string, current: boolean): CompareEvent {
  const states: CompareEvent['states'] = [];
  const schemas: Array<EventAtRelease | null> = [];
  UPSTREAM_RELEASES.forEach(({ release }, index) => {
    const at = history.eventAt(signal, release);
    const last = schemas.at(-1);
    // Releases that share a definition object share a schema (scripts/lib/history-replay.ts).
    if (states.length && (last?.definition ?? null) === (at?.definition ?? null)) return;
    states.push({ since: index, eventType: at?.definition.eventType ?? null });
    schemas.push(at);
  });
  const changes: CompareEvent['changes'] = {};
  schemas.forEach((a, i) => {
    schemas.forEach((b, j) => {
      if (j <= i || !a || !b) return;
      changes[`${i}-${j}`] = history.changesBetween(a, b).map(({ kind, field, detail, breaking }) => ({ kind, field, detail, breaking }));
    });
  });
  return { signal, page: current ? eventPagePath(signal) : null, states, changes };
}

export function compareData({ history, events, removed }: Catalog): CompareData {
  const current = new Set([...events, ...removed].map((e) => e.definition.signal));
  return {
    $comment: GENERATED_NOTE,
    releases: UPSTREAM_RELEASES.map(({ release, date }) => ({
      release,
      date,
      named: NAMED_RELEASES.find((n) => n.release === release)?.name ?? null,
    })),
    events: [...history.events.keys()].sort().map((signal) => compareEvent(history, signal, current.has(signal))),
  };
}

export function releaseCompareOutputs(catalog: Catalog): Outputs {
  // Compact: the page downloads it whole.
  return new Map([[staticFile(COMPARE_DATA_PATH), `${JSON.stringify(compareData(catalog))}\n`]]);
}
