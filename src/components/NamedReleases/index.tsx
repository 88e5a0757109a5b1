/**
 * The event in each named Open edX release (Redwood, Sumac...): whether it is
 * there, under which event type, and what differs from this page, with a link
 * to its schema in that release.
 */
import React from 'react';
import Link from '@docusaurus/Link';
import { COMPARE_PAGE_PATH, RELEASES_PAGE_PATH, schemaPath, NEXT, withVersion } from '../../site';
import { type EventProps } from '../shared/event-page';
import { SchemaDiff, schemaChangeLines } from '../SchemaChanges';
import styles from './styles.module.css';

export default function NamedReleases({ event }: EventProps): React.JSX.Element {
  const releases = event.namedReleases ?? [];
  return (
    <>
      <p>
        Each named Open edX release runs one openedx-events release (how each is known is on the{' '}
        <Link to={`${withVersion(RELEASES_PAGE_PATH, NEXT)}#named-releases`}>releases page</Link>). Differences are listed from the older
        schema to the newer; to compare any two releases, use the <Link to={COMPARE_PAGE_PATH}>comparison</Link>.
      </p>
      <ul className={styles.releases}>
        {releases.map((r) => (
          <li key={r.name}>
            <strong>
              {r.name} ({r.release})
            </strong>
            :{' '}
            {r.eventType === null ? (
              'not in this release.'
            ) : (
              <>
                <a href={schemaPath(r.eventType, r.release)} download>
                  <code>{r.eventType}</code>
                </a>
                {r.eventType !== event.eventType ? ' (another event type than on this page)' : null}
                {r.changes.length ? (
                  <>
                    , {r.newer ? 'then changed in it' : 'changed since'}:
                    <SchemaDiff lines={schemaChangeLines(r.changes)} />
                  </>
                ) : (
                  ', the same schema as on this page.'
                )}
              </>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
