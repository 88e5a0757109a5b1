/** Where to download an event's JSON Schema and Avro schema, in the page's version, and the validator that checks a payload against them. */
import React from 'react';
import Admonition from '@theme/Admonition';
import Heading from '@theme/Heading';
import {
  DOCS_ROUTE,
  ENVELOPE_PAGE_PATH,
  envelopeSchemaPath,
  KNOWN_ISSUES_PAGE_PATH,
  LATEST,
  SCHEMA_INDEX_PATH,
  schemaPath,
  VALIDATOR_PAGE_PATH,
} from '../../site';
import { CURRENT_VERSION, usePageVersion, useSchemaChannel, useVersionedPath, VersionedLink as Link } from '../Versioned';
import PayloadValidator from '../PayloadValidator';
import { VALIDATOR_ANCHOR } from '../PayloadValidator/anchor';
import { type EventProps, useSchemaUrls } from '../shared/event-page';

export default function SchemaDownload({ event }: EventProps): React.JSX.Element {
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
          This release is the latest, so the same schema (with the id <code>urn:openedx-events:schema:latest:…</code>) is also at{' '}
          <code>{schemaPath(event.eventType, LATEST)}</code>, a URL that always serves the latest release. Pin <code>{urls.json}</code> to
          keep this exact schema.
        </p>
      )}
      <AvroSchema event={event} url={urls.avro} />
      <EventValidator event={event} />
    </>
  );
}

/** The payload validator of the page's event and version, below the schemas it checks against. */
function EventValidator({ event }: EventProps) {
  const urls = useSchemaUrls(event);
  const channel = useSchemaChannel();
  const versioned = useVersionedPath();
  return (
    <section aria-labelledby={VALIDATOR_ANCHOR}>
      <Heading as="h3" id={VALIDATOR_ANCHOR}>
        Validate a payload
      </Heading>
      <p>
        Paste the event's data, or a whole message (the envelope with the data under <code>data</code>), to check it against this version's
        JSON Schema and Avro schema. The <Link to={VALIDATOR_PAGE_PATH}>validator page</Link> checks any event of any release.
      </p>
      <PayloadValidator
        target={{
          signal: event.signal,
          eventType: event.eventType,
          schemaUrl: urls.json,
          avroUrl: urls.avro,
          envelopeUrl: envelopeSchemaPath(channel),
          fieldHref: (part, anchor) => (part === 'data' ? `#${anchor}` : versioned(`${ENVELOPE_PAGE_PATH}#${anchor}`)),
        }}
      />
    </section>
  );
}

function AvroSchema({ event, url }: EventProps & { url: string | null }) {
  if ('unavailable' in event.avro || !url) {
    const why = 'unavailable' in event.avro ? event.avro.unavailable : '';
    return <p>There is no Avro schema: upstream cannot send this event over the event bus. {why}</p>;
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
            The event type contains a character the Avro specification does not allow in a namespace, so strict parsers (avsc, Java's Avro)
            reject this schema. It is published as the event bus uses it; see{' '}
            <Link to={`${KNOWN_ISSUES_PAGE_PATH}#avro-namespace`}>Known issues</Link>.
          </p>
        </Admonition>
      )}
    </>
  );
}
