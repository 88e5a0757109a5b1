/**
 * Components of the generated event pages. They render the JSON the
 * generator writes beside each page (see src/reference-data.ts).
 */
import React, { useState } from 'react';
import Admonition from '@theme/Admonition';
import Heading from '@theme/Heading';
import type { CatalogRow, EventPageData } from '../../reference-data';
import { avroSchemaPath, DOCS_ROUTE, ENVELOPE_PAGE_PATH, KNOWN_ISSUES_PAGE_PATH, LATEST, SCHEMA_INDEX_PATH, schemaPath } from '../../site';
import { COMPATIBILITY_MODE } from '../../compatibility-rules';
import { CURRENT_VERSION, usePageVersion, useSchemaChannel, VersionedLink as Link } from '../Versioned';
import AnchorLink, { useAnchor } from '../AnchorLink';
import { SchemaDiff, schemaChangeLines } from '../SchemaChanges';
import styles from './styles.module.css';

type EventProps = { event: EventPageData };

function Repo({ name }: { name: string }) {
  return <a href={`https://github.com/${name}`}>{name}</a>;
}

/** The schema URLs of the page's version: `/schemas/next/…` on Next, `/schemas/<release>/…` on a release. */
function useSchemaUrls(event: EventPageData) {
  const channel = useSchemaChannel();
  return {
    json: schemaPath(event.eventType, channel),
    avro: 'validNamespace' in event.avro ? avroSchemaPath(event.eventType, channel) : null,
  };
}

export function EventSummary({ event }: EventProps): React.JSX.Element {
  const urls = useSchemaUrls(event);
  return (
    <>
      {event.exceptions.map((x) => (
        <Admonition key={x.rule} type="warning" title={x.title}>
          <p>
            {x.reason} (<Link to={`${KNOWN_ISSUES_PAGE_PATH}#${x.rule}`}>Known issues</Link>)
          </p>
        </Admonition>
      ))}
      <p>{event.description}</p>
      <dl className={styles.summary}>
        {/* The event's names weigh like its title in the search index, so a search for one leads here first. */}
        <dt>Event type</dt>
        <dd>
          <code data-pagefind-weight="10">{event.eventType}</code>
        </dd>
        <dt>Signal</dt>
        <dd>
          <code data-pagefind-weight="10">{event.signal}</code>
        </dd>
        <dt>Domain / subject / action</dt>
        <dd>
          <code>{event.domain}</code> / <code>{event.subject}</code> / <code>{event.action}</code>, major version{' '}
          {event.majorVersion}
        </dd>
        <dt>Key field</dt>
        <dd>
          {event.keyField ? <a href={`#${event.keyField}`}><code>{event.keyField}</code></a> : 'none declared upstream'}
        </dd>
        <dt>Added in</dt>
        <dd>openedx-events {event.addedIn}</dd>
        <dt>JSON Schema</dt>
        <dd>
          <a href={urls.json} download>
            {urls.json}
          </a>
        </dd>
        <dt>Avro schema</dt>
        <dd>
          {urls.avro ? (
            <a href={urls.avro} download>
              {urls.avro}
            </a>
          ) : (
            'none: upstream cannot send this event over the event bus'
          )}
        </dd>
        <dt>Compatibility</dt>
        <dd>
          {COMPATIBILITY_MODE}: consumers built against an earlier release read what this definition sends; a breaking
          change needs a new event type (<Link to={`/${DOCS_ROUTE}/guides/versions#compatibility`}>rules</Link>)
        </dd>
        <dt>Metadata</dt>
        <dd>
          the <Link to={ENVELOPE_PAGE_PATH}>event envelope</Link> (id, event_type, time, source...)
        </dd>
        {event.relatedAdrs.length > 0 && (
          <>
            <dt>Related ADRs</dt>
            <dd>
              {event.relatedAdrs.map((adr, i) => (
                <React.Fragment key={adr.path}>
                  {i > 0 && ', '}
                  <Link to={adr.path}>{adr.title}</Link>
                </React.Fragment>
              ))}
            </dd>
          </>
        )}
      </dl>
    </>
  );
}

export function ProducersAndConsumers({ event }: EventProps): React.JSX.Element {
  return (
    <div className={styles.flow}>
      <div>
        <Heading as="h3" id="producers">Producers</Heading>
        <ul>
          {event.producers.map((p) => (
            <li key={`${p.repository}-${p.service}`}>
              <strong>{p.service}</strong> (<Repo name={p.repository} />): {p.trigger}
            </li>
          ))}
        </ul>
      </div>
      <div>
        <Heading as="h3" id="consumers">Consumers</Heading>
        {event.consumers.length ? (
          <ul>
            {event.consumers.map((c) => (
              <li key={`${c.repository}-${c.service}`}>
                <strong>{c.service}</strong> (<Repo name={c.repository} />): {c.use}
              </li>
            ))}
          </ul>
        ) : (
          <p>No consumer is known.</p>
        )}
      </div>
    </div>
  );
}

export function FieldTable({ fields }: { fields: EventPageData['fields'] }): React.JSX.Element {
  return (
    <div className={styles.tableWrap}>
      <table className={styles.fields}>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Type</th>
            <th scope="col">Required</th>
            <th scope="col">Default</th>
            <th scope="col">Description</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((f) => (
            <tr key={f.path} id={f.path} className={styles.fieldRow}>
              <th scope="row" style={{ paddingLeft: `${0.75 + f.depth * 1.1}rem` }}>
                <code>{f.path}</code>
                <AnchorLink id={f.path} label={`field ${f.path}`} />
              </th>
              <td>
                <code>{f.type}</code>
              </td>
              <td>{f.required ? 'required' : 'optional'}</td>
              <td>{f.default === undefined ? '' : <code>{f.default}</code>}</td>
              <td>{f.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ExcludedFields({ event }: EventProps): React.JSX.Element {
  if (event.excludedFields.length === 0) return <p>No field was deliberately left out of this event.</p>;
  return (
    <>
      <p>These fields exist in the producer's data but were deliberately left out of the event.</p>
      <ul>
        {event.excludedFields.map((x) => (
          <ExcludedField key={x.field} excluded={x} />
        ))}
      </ul>
    </>
  );
}

function ExcludedField({ excluded }: { excluded: EventPageData['excludedFields'][number] }) {
  const id = `excluded.${excluded.field}`;
  useAnchor(id);
  return (
    <li id={id}>
      <code>{excluded.field}</code>: {excluded.reason} (
      <Link to={`${excluded.adr.path}#decision`}>{excluded.adr.label}</Link>)
    </li>
  );
}

export function ChangeHistory({ event }: EventProps): React.JSX.Element {
  return (
    <>
      <ReleaseChanges event={event} />
      <p>The releases of openedx-events that changed this event, newest first, each with the fields it changed.</p>
      <table>
        <thead>
          <tr>
            <th scope="col">Release</th>
            <th scope="col">Date</th>
            <th scope="col">Change</th>
            <th scope="col">Compatibility</th>
          </tr>
        </thead>
        <tbody>
          {[...event.history].reverse().map((h) => (
            <HistoryRow key={h.release} entry={h} />
          ))}
        </tbody>
      </table>
    </>
  );
}

/**
 * The diff between the frozen schemas of the previous release and these: on
 * Next, what is not released yet; on a release's page, what that release changed.
 */
function ReleaseChanges({ event }: EventProps) {
  const version = usePageVersion();
  if (!event.schemaChanges) return null;
  const { since, changes } = event.schemaChanges;
  const unreleased = version?.name === CURRENT_VERSION;
  const title = unreleased ? `Unreleased changes since ${since}` : `Schema changes since ${since}`;
  return (
    <div>
      <p>
        <strong>{title}</strong>, computed from the frozen schemas of {since}:
      </p>
      {changes.length ? <SchemaDiff lines={schemaChangeLines(changes)} /> : <p>None: the schema is the same.</p>}
    </div>
  );
}

function HistoryRow({ entry: h }: { entry: EventPageData['history'][number] }) {
  const id = `release-${h.release}`;
  useAnchor(id);
  return (
    <tr id={id}>
      <td>{h.release}</td>
      <td>{h.date}</td>
      <td>
        {h.summary}
        {h.changes.length > 0 && <SchemaDiff lines={h.changes.map((c) => ({ kind: c.kind, field: c.field, text: c.note }))} />}
        {h.adr && (
          <>
            Decided in <Link to={h.adr.path}>{h.adr.label}</Link>.
          </>
        )}
      </td>
      <td>{h.breaking ? <strong>breaking</strong> : 'compatible'}</td>
    </tr>
  );
}

export function SchemaDownload({ event }: EventProps): React.JSX.Element {
  const urls = useSchemaUrls(event);
  const version = usePageVersion();
  return (
    <>
    <p>
      The payload (<code>data</code>) of this event as JSON Schema (draft-07):{' '}
      <a href={urls.json} download>
        download <code>{urls.json}</code>
      </a>
      . It is listed, with its sha256, in <a href={SCHEMA_INDEX_PATH}>the schema manifest</a>. See{' '}
      <Link to={`/${DOCS_ROUTE}/guides/schemas`}>how to validate payloads with it</Link>.
    </p>
    {version?.isLast && version.name !== CURRENT_VERSION && (
      <p>
        This release is the latest, so the same file is also at <code>{schemaPath(event.eventType, LATEST)}</code>, a
        URL that always serves the latest release. Pin <code>{urls.json}</code> to keep this exact schema.
      </p>
    )}
    <AvroSchema event={event} url={urls.avro} />
    </>
  );
}

function AvroSchema({ event, url }: EventProps & { url: string | null }) {
  if ('unavailable' in event.avro || !url) {
    const why = 'unavailable' in event.avro ? event.avro.unavailable : '';
    return (
      <p>
        There is no Avro schema: upstream cannot send this event over the event bus. {why}
      </p>
    );
  }
  return (
    <>
      <p>
        The event bus carries the event as Avro, in the record <code>CloudEvent</code> whose namespace is the event type:{' '}
        <a href={url} download>
          download <code>{url}</code>
        </a>
        .
      </p>
      {!event.avro.validNamespace && (
        <Admonition type="warning" title="Invalid Avro namespace">
          <p>
            The event type contains a character the Avro specification does not allow in a namespace, so strict
            parsers (avsc, Java's Avro) reject this schema. It is published as the event bus uses it; see{' '}
            <Link to={`${KNOWN_ISSUES_PAGE_PATH}#avro-namespace`}>Known issues</Link>.
          </p>
        </Admonition>
      )}
    </>
  );
}

export function EventCatalog({ events }: { events: CatalogRow[] }): React.JSX.Element {
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
        <input type="search" value={text} onChange={(ev) => setText(ev.target.value)} name="filter" placeholder="signal, event type or producer" />
      </label>
      <output aria-live="polite">
        {shown.length} of {events.length} events
      </output>
    </div>
    <table>
      <thead>
        <tr>
          <th scope="col">Signal</th>
          <th scope="col">Event type</th>
          <th scope="col">Domain</th>
          <th scope="col">Producers</th>
          <th scope="col">Added in</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((e) => (
          <tr key={e.eventType}>
            <td>
              <Link to={e.path}>{e.signal}</Link>
            </td>
            <td>
              <code>{e.eventType}</code>
            </td>
            <td>{e.domain}</td>
            <td>{e.producers.join(', ')}</td>
            <td>{e.addedIn}</td>
          </tr>
        ))}
      </tbody>
    </table>
    </>
  );
}
