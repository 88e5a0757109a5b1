/**
 * Compare any two openedx-events releases: pick a "from" and a "to" release,
 * see every event added, removed, renamed or changed between them, field by
 * field, breaking changes marked. The choice is in the URL
 * (`?from=9.15.0&to=10.5.0`), so a comparison can be shared. The data is one
 * small file of precomputed changes (src/release-compare.ts), fetched when
 * the page opens.
 */
import React, { useEffect, useMemo, useState } from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { useHistory, useLocation } from '@docusaurus/router';
import { compareReleaseData, type CompareData, type ComparedEvent } from '../../release-compare';
import { COMPARE_DATA_PATH } from '../../site';
import { SchemaDiff } from '../SchemaChanges';
import styles from './styles.module.css';

function releaseLabel(r: CompareData['releases'][number]): string {
  return r.named ? `${r.release} (${r.named})` : r.release;
}

/** The release index named in the URL, or the fallback. */
function indexOf(data: CompareData, release: string | null, fallback: number): number {
  const i = data.releases.findIndex((r) => r.release === release);
  return i < 0 ? fallback : i;
}

function EventResult({ event }: { event: ComparedEvent }): React.JSX.Element {
  const name = event.page ? <Link to={event.page}>{event.signal}</Link> : event.signal;
  const what =
    event.status === 'added' ? (
      <>
        added, as <code>{event.toType}</code>
      </>
    ) : event.status === 'removed' ? (
      <>
        removed (it was <code>{event.fromType}</code>)
      </>
    ) : event.status === 'renamed' ? (
      <>
        event type <code>{event.fromType}</code> → <code>{event.toType}</code>
      </>
    ) : (
      <>changed</>
    );
  return (
    <li className={styles.event}>
      <p className={styles.eventHead}>
        <strong>{name}</strong>: {what}
        {event.breaking ? (
          <>
            {' '}
            <strong className={styles.breaking}>breaking</strong>
          </>
        ) : null}
      </p>
      {event.changes.length ? (
        <SchemaDiff
          lines={event.changes.map((c) => ({ kind: c.kind, field: c.field, text: `${c.detail} (${c.kind})`, breaking: c.breaking }))}
        />
      ) : null}
    </li>
  );
}

export default function ReleaseComparison(): React.JSX.Element {
  const url = useBaseUrl(COMPARE_DATA_PATH);
  const location = useLocation();
  const history = useHistory();
  const [data, setData] = useState<CompareData | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
        return response.json() as Promise<CompareData>;
      })
      .then(setData)
      .catch((e: unknown) => setError(String(e)));
  }, [url]);

  const params = new URLSearchParams(location.search);
  const last = data ? data.releases.length - 1 : 0;
  const from = data ? indexOf(data, params.get('from'), Math.max(0, last - 1)) : 0;
  const to = data ? indexOf(data, params.get('to'), last) : 0;
  const [older, newer] = from <= to ? [from, to] : [to, from];
  const results = useMemo(() => (data ? compareReleaseData(data, older, newer) : []), [data, older, newer]);

  if (error) return <p role="alert">The comparison data could not be loaded ({error}).</p>;
  if (!data) return <p aria-live="polite">Loading the releases…</p>;

  const choose = (key: 'from' | 'to', index: number) => {
    const next = new URLSearchParams(location.search);
    next.set('from', data.releases[key === 'from' ? index : from].release);
    next.set('to', data.releases[key === 'to' ? index : to].release);
    history.replace({ search: `?${next.toString()}` });
  };
  const count = (status: ComparedEvent['status']) => results.filter((r) => r.status === status).length;
  const breaking = results.filter((r) => r.breaking).length;

  return (
    <div className={styles.comparison}>
      <form className={styles.pickers} onSubmit={(e) => e.preventDefault()}>
        {(['from', 'to'] as const).map((key) => (
          <label key={key} className={styles.picker}>
            {key === 'from' ? 'From release' : 'To release'}
            <select value={key === 'from' ? from : to} onChange={(e) => choose(key, Number(e.target.value))}>
              {[...data.releases.keys()].reverse().map((i) => (
                <option key={data.releases[i].release} value={i}>
                  {releaseLabel(data.releases[i])}
                </option>
              ))}
            </select>
          </label>
        ))}
      </form>
      <div aria-live="polite">
        <p>
          {from > to ? <>Shown from the older release to the newer: </> : null}
          <strong>{releaseLabel(data.releases[older])}</strong> ({data.releases[older].date}) →{' '}
          <strong>{releaseLabel(data.releases[newer])}</strong> ({data.releases[newer].date}): {count('added')} added, {count('removed')}{' '}
          removed, {count('renamed')} renamed, {count('changed')} changed;{' '}
          {breaking ? <strong>{breaking} with a breaking change</strong> : 'no breaking change'}.
        </p>
        {results.length ? (
          <ul className={styles.events}>
            {results.map((event) => (
              <EventResult key={event.signal} event={event} />
            ))}
          </ul>
        ) : (
          <p>No event differs between these releases.</p>
        )}
      </div>
    </div>
  );
}
