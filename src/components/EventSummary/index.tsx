/**
 * The top of an event page: its known-issue warnings, its description and a
 * summary of its names, schemas, compatibility and related ADRs.
 */
import React from 'react';
import Admonition from '@theme/Admonition';
import { DOCS_ROUTE, ENVELOPE_PAGE_PATH, KNOWN_ISSUES_PAGE_PATH } from '../../site';
import { COMPATIBILITY_MODE } from '../../compatibility-rules';
import { VersionedLink as Link } from '../Versioned';
import { type EventProps, useSchemaUrls } from '../shared/event-page';
import styles from './styles.module.css';

export default function EventSummary({ event }: EventProps): React.JSX.Element {
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
      {event.removed ? (
        <Admonition type="danger" title={`Removed upstream in openedx-events ${event.removed.in}`}>
          <p>
            This event was last defined in openedx-events {event.removed.lastRelease}. Its page and its schemas stay here for the consumers
            that still read it.
          </p>
        </Admonition>
      ) : null}
      <p>{event.description}</p>
      <dl className={styles.summary}>
        {/* The event's names weigh like its title in the search index, so a search for one leads here first. */}
        <dt>Event type</dt>
        <dd>
          <code data-pagefind-weight="10">{event.eventType}</code>
        </dd>
        {event.formerEventTypes?.length ? (
          <>
            <dt>Earlier event types</dt>
            <dd>
              {event.formerEventTypes.map((t, i) => (
                <React.Fragment key={t.eventType}>
                  {i > 0 ? '; ' : null}
                  <code data-pagefind-weight="5">{t.eventType}</code> until openedx-events {t.until}
                </React.Fragment>
              ))}
            </dd>
          </>
        ) : null}
        <dt>Signal</dt>
        <dd>
          <code data-pagefind-weight="10">{event.signal}</code>
        </dd>
        <dt>Domain / subject / action</dt>
        <dd>
          <code>{event.domain}</code> / <code>{event.subject}</code> / <code>{event.action}</code>, major version {event.majorVersion}
        </dd>
        <dt>Key field</dt>
        <dd>
          {event.keyField ? (
            <a href={`#${event.keyField}`}>
              <code>{event.keyField}</code>
            </a>
          ) : (
            'none declared upstream'
          )}
        </dd>
        <dt>Added in</dt>
        <dd>openedx-events {event.addedIn}</dd>
        {event.removed ? (
          <>
            <dt>Removed in</dt>
            <dd>openedx-events {event.removed.in}</dd>
          </>
        ) : null}
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
          {COMPATIBILITY_MODE}: consumers built against an earlier release read what this definition sends; a breaking change needs a new
          event type (<Link to={`/${DOCS_ROUTE}/guides/versions#compatibility`}>rules</Link>)
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
