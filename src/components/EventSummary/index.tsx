/**
 * The top of an event page: its known-issue warnings, its description, its
 * two names each with a copy button, the downloads of the page's version
 * (JSON Schema, Avro schema, example payload), then a summary of its
 * domain, key field, compatibility and related ADRs.
 */
import React from 'react';
import Admonition from '@theme/Admonition';
import { DOCS_ROUTE, ENVELOPE_PAGE_PATH, KNOWN_ISSUES_PAGE_PATH } from '../../site';
import { COMPATIBILITY_MODE } from '../../compatibility-rules';
import { VersionedLink as Link } from '../Versioned';
import { useClipboard } from '../AnchorLink';
import Identifier from '../Identifier';
import InlineMarkdown from '../InlineMarkdown';
import { type EventProps, useSchemaUrls } from '../shared/event-page';
import { VALIDATOR_ANCHOR } from '../PayloadValidator/anchor';
import { downloadExample } from './example';
import styles from './styles.module.css';

export default function EventSummary({ event }: EventProps): React.JSX.Element {
  const urls = useSchemaUrls(event);
  return (
    <>
      {event.exceptions.map((x) => (
        <Admonition key={x.rule} type="warning" title={x.title}>
          <p>
            <InlineMarkdown text={x.reason} /> (<Link to={`${KNOWN_ISSUES_PAGE_PATH}#${x.rule}`}>Known issues</Link>)
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
      <p>
        <InlineMarkdown text={event.description} />
      </p>
      <div className={styles.names}>
        {/* The event's names weigh like its title in the search index, so a search for one leads here first. */}
        <NameWithCopy label="Event type" value={event.eventType} />
        <NameWithCopy label="Signal" value={event.signal} />
      </div>
      <div className={styles.downloads}>
        <a className="button button--primary button--sm" href={urls.json} download title={urls.json}>
          JSON Schema
        </a>
        {urls.avro && (
          <a className="button button--primary button--sm" href={urls.avro} download title={urls.avro}>
            Avro schema
          </a>
        )}
        <button
          type="button"
          className="button button--secondary button--sm"
          onClick={() => void downloadExample(urls.json, event.eventType)}>
          Example payload
        </button>
        <a className="button button--secondary button--sm" href={`#${VALIDATOR_ANCHOR}`}>
          Validate a payload
        </a>
      </div>
      <dl className={styles.summary}>
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
        <dt>Domain / subject / action</dt>
        <dd>
          <code>{event.domain}</code> / <Identifier text={event.subject} /> / <code>{event.action}</code>, major version{' '}
          {event.majorVersion}
        </dd>
        <dt>Key field</dt>
        <dd>
          {event.keyField ? (
            <a href={`#${event.keyField}`}>
              <Identifier text={event.keyField} />
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
        {!urls.avro && (
          <>
            <dt>Avro schema</dt>
            <dd>none: upstream cannot send this event over the event bus</dd>
          </>
        )}
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

function NameWithCopy({ label, value }: { label: string; value: string }): React.JSX.Element {
  const { copied, copy } = useClipboard();
  return (
    <div className={styles.name}>
      <span className={styles.nameLabel}>{label}</span>
      <span className={styles.nameValue}>
        <Identifier text={value} data-pagefind-weight="10" />
        <button
          type="button"
          className={styles.copy}
          onClick={() => void copy(value)}
          aria-label={`Copy the ${label.toLowerCase()}`}
          title={copied ? 'Copied' : `Copy the ${label.toLowerCase()}`}
          data-copied={copied || undefined}
          data-pagefind-ignore="">
          {copied ? 'copied' : 'copy'}
        </button>
      </span>
    </div>
  );
}
