/** The site-wide changelog page: unreleased schema changes, then every change newest first, grouped by year. */
import React from 'react';
import Heading from '@theme/Heading';
import type { ChangelogData, ChangelogEntry } from '../../reference-data';
import AnchorLink from '../AnchorLink';
import { SchemaDiff, schemaChangeLines } from '../SchemaChanges';
import { CURRENT_VERSION, usePageVersion, VersionedLink as Link } from '../Versioned';
import styles from './styles.module.css';

function Entry({ entry }: { entry: ChangelogEntry }) {
  return (
    <li id={entry.id} className={styles.entry}>
      <div className={styles.head}>
        <time dateTime={entry.date}>{entry.date}</time>
        {entry.release && <span className={styles.release}>openedx-events {entry.release}</span>}
        <span className={styles.kind}>{entry.kind === 'adr' ? 'ADR' : 'event'}</span>
        {entry.breaking && <strong className={styles.breaking}>breaking</strong>}
        <AnchorLink id={entry.id} label={`changelog entry of ${entry.date}`} />
      </div>
      <p className={styles.summary}>{entry.summary}</p>
      <ul className={styles.subjects}>
        {entry.subjects.map((s) => (
          <li key={s.path}>
            <Link to={s.path}>{s.label}</Link>
            {s.changes.length > 0 && <SchemaDiff lines={s.changes.map((c) => ({ kind: c.kind, field: c.field, text: c.note }))} />}
          </li>
        ))}
      </ul>
    </li>
  );
}

function Unreleased({ data }: { data: NonNullable<ChangelogData['unreleased']> }) {
  const version = usePageVersion();
  const title = version?.name === CURRENT_VERSION ? `Unreleased (since ${data.since})` : `Schema changes since ${data.since}`;
  return (
    <section>
      <Heading as="h2" id="unreleased">
        {title}
      </Heading>
      {data.events.length === 0 ? (
        <p>No event schema changed since {data.since}.</p>
      ) : (
        <ul>
          {data.events.map((e) => (
            <li key={e.eventType}>
              <Link to={e.path}>{e.signal}</Link> (<code>{e.eventType}</code>), {e.status}
              <SchemaDiff lines={schemaChangeLines(e.changes)} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function Changelog({ data }: { data: ChangelogData }): React.JSX.Element {
  const years = [...new Set(data.entries.map((e) => e.date.slice(0, 4)))];
  return (
    <>
      {data.unreleased && <Unreleased data={data.unreleased} />}
      {years.map((year) => (
        <section key={year}>
          <Heading as="h2" id={`year-${year}`}>
            {year}
          </Heading>
          <ol className={styles.entries}>
            {data.entries
              .filter((e) => e.date.startsWith(year))
              .map((e) => (
                <Entry key={e.id} entry={e} />
              ))}
          </ol>
        </section>
      ))}
    </>
  );
}
