/**
 * The table of all events, filtered in the browser by domain, by the
 * repository that produces or consumes them (where the catalog data has them:
 * releases frozen before do not), and by text. Like the other filters, these
 * keep their choice in the page only, not in the URL. Each
 * event's signal and type share one cell, so the table fits beside the
 * sidebar; on a phone each row becomes a card (see the stylesheet).
 */
import React, { useState } from 'react';
import type { CatalogRow } from '../../reference-data';
import { VersionedLink as Link } from '../Versioned';
import Identifier, { WrapAtBoundaries } from '../Identifier';
import styles from './styles.module.css';

/** Every value the rows list, once, sorted. */
function optionsOf(events: CatalogRow[], values: (row: CatalogRow) => string[] | undefined): string[] {
  return [...new Set(events.flatMap((e) => values(e) ?? []))].sort();
}

function Select({
  label,
  name,
  value,
  options,
  onChange,
}: {
  label: string;
  name: string;
  value: string;
  options: string[];
  onChange: (value: string) => void;
}) {
  return (
    <label>
      {label}{' '}
      <select value={value} onChange={(ev) => onChange(ev.target.value)} name={name}>
        <option value="">all</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </label>
  );
}

export default function EventCatalog({ events }: { events: CatalogRow[] }): React.JSX.Element {
  const [domain, setDomain] = useState('');
  const [producer, setProducer] = useState('');
  const [consumer, setConsumer] = useState('');
  const [text, setText] = useState('');
  const domains = optionsOf(events, (e) => [e.domain]);
  const producers = optionsOf(events, (e) => e.producerRepositories);
  const consumers = optionsOf(events, (e) => e.consumerRepositories);
  const needle = text.trim().toLowerCase();
  const shown = events.filter(
    (e) =>
      (!domain || e.domain === domain) &&
      (!producer || (e.producerRepositories ?? []).includes(producer)) &&
      (!consumer || (e.consumerRepositories ?? []).includes(consumer)) &&
      (!needle || [e.signal, e.eventType, ...e.producers].some((v) => v.toLowerCase().includes(needle))),
  );
  return (
    <>
      <div className={styles.filters} role="search">
        <Select label="Domain" name="domain" value={domain} options={domains} onChange={setDomain} />
        {producers.length ? <Select label="Producer" name="producer" value={producer} options={producers} onChange={setProducer} /> : null}
        {consumers.length ? <Select label="Consumer" name="consumer" value={consumer} options={consumers} onChange={setConsumer} /> : null}
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
