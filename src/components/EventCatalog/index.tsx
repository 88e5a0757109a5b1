/**
 * The table of all events, filtered in the browser by domain and by text. Each
 * event's signal and type share one cell, so the table fits beside the
 * sidebar; on a phone each row becomes a card (see the stylesheet).
 */
import React, { useState } from 'react';
import type { CatalogRow } from '../../reference-data';
import { VersionedLink as Link } from '../Versioned';
import Identifier, { WrapAtBoundaries } from '../Identifier';
import styles from './styles.module.css';

export default function EventCatalog({ events }: { events: CatalogRow[] }): React.JSX.Element {
  const [domain, setDomain] = useState('');
  const [text, setText] = useState('');
  const domains = [...new Set(events.map((e) => e.domain))].sort();
  const needle = text.trim().toLowerCase();
  const shown = events.filter(
    (e) =>
      (!domain || e.domain === domain) &&
      (!needle || [e.signal, e.eventType, ...e.producers].some((v) => v.toLowerCase().includes(needle))),
  );
  return (
    <>
      <div className={styles.filters} role="search">
        <label>
          Domain{' '}
          <select value={domain} onChange={(ev) => setDomain(ev.target.value)} name="domain">
            <option value="">all</option>
            {domains.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </label>
        <label>
          Filter{' '}
          <input
            type="search"
            value={text}
            onChange={(ev) => setText(ev.target.value)}
            name="filter"
            placeholder="signal, event type or producer"
          />
        </label>
        <output aria-live="polite">
          {shown.length} of {events.length} events
        </output>
      </div>
      <table className={styles.catalog} data-catalog="">
        <thead>
          <tr>
            <th scope="col">Event</th>
            <th scope="col">Domain</th>
            <th scope="col">Producers</th>
            <th scope="col">Added in</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((e) => (
            <tr key={e.eventType}>
              <td>
                <Link to={e.path} className={styles.signal}>
                  <WrapAtBoundaries text={e.signal} />
                </Link>
                <Identifier text={e.eventType} className={styles.eventType} />
              </td>
              <td data-label="Domain">{e.domain}</td>
              <td data-label="Producers">{e.producers.join(', ')}</td>
              <td data-label="Added in">{e.addedIn}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
