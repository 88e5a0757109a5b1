/**
 * The payload validator on a page of its own: choose a release (or Next) and
 * an event, paste a payload. The choices come from the schema manifest
 * (`/schemas/index.json`), the list of every published schema set, so any
 * event of any release can be checked; `?event=<SIGNAL>&release=<version>`
 * preselects them. Problems link to the field on the event's page of that release.
 */
import React, { useEffect, useState } from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import { ENVELOPE_PAGE_PATH, eventPagePath, NEXT, SCHEMA_INDEX_PATH, VALIDATOR_PAGE_PATH, withVersion } from '../site';
import PayloadValidator, { type ValidatorTarget } from '../components/PayloadValidator';
import styles from './validate.module.css';

/** The parts of the schema manifest this page reads. */
interface Manifest {
  latest: string | null;
  versions: Array<{
    version: string;
    envelope: { schema: string };
    events: Array<{ signal: string; eventType: string; schema: string; avro: string | null }>;
  }>;
}

/** The URL segment of a schema set's pages: none for the latest release, else its name (`next`, `11.1.0`). */
const pageSegment = (version: string, latest: string | null) => (version === latest ? '' : version);

function targetOf(manifest: Manifest, version: string, signal: string): ValidatorTarget | null {
  const set = manifest.versions.find((v) => v.version === version);
  const event = set?.events.find((e) => e.signal === signal);
  if (!set || !event) return null;
  const segment = pageSegment(version, manifest.latest);
  return {
    signal: event.signal,
    eventType: event.eventType,
    schemaUrl: event.schema,
    avroUrl: event.avro,
    envelopeUrl: set.envelope.schema,
    fieldHref: (part, anchor) => withVersion(`${part === 'data' ? eventPagePath(event.signal) : ENVELOPE_PAGE_PATH}#${anchor}`, segment),
  };
}

export default function ValidatePage(): React.JSX.Element {
  const [manifest, setManifest] = useState<Manifest | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [version, setVersion] = useState('');
  const [signal, setSignal] = useState('');

  useEffect(() => {
    fetch(SCHEMA_INDEX_PATH)
      .then((r) => {
        if (!r.ok) throw new Error(`${SCHEMA_INDEX_PATH} answered ${r.status}`);
        return r.json() as Promise<Manifest>;
      })
      .then((m) => {
        const query = new URLSearchParams(window.location.search);
        const chosen =
          m.versions.find((v) => v.version === query.get('release')) ?? m.versions.find((v) => v.version === m.latest) ?? m.versions[0];
        setManifest(m);
        setVersion(chosen.version);
        setSignal(chosen.events.find((e) => e.signal === query.get('event'))?.signal ?? sortedSignals(chosen.events)[0]);
      })
      .catch((error: unknown) => setFailure(String(error)));
  }, []);

  const set = manifest?.versions.find((v) => v.version === version);
  const target = manifest && targetOf(manifest, version, signal);
  return (
    <Layout
      title="Validate a payload"
      description="Check an Open edX event payload against its JSON Schema and Avro schema, in the browser.">
      <main className={`container margin-vert--lg page-filled-after-load page-prose ${styles.page}`}>
        <Heading as="h1">Validate a payload</Heading>
        <p>
          Choose an event and paste its data, or a whole message (the <Link to={ENVELOPE_PAGE_PATH}>envelope</Link> with the data under{' '}
          <code>data</code>). It is checked in your browser against the event's published JSON Schema and Avro schema; nothing is sent
          anywhere.
        </p>
        {failure && <p>The list of schemas could not be loaded: {failure}</p>}
        {!manifest && !failure && <p>Loading the list of events…</p>}
        {manifest && set && (
          <div className={styles.choices}>
            <label>
              Release{' '}
              <select name="release" value={version} onChange={(e) => setVersion(e.target.value)}>
                {manifest.versions.map((v) => (
                  <option key={v.version} value={v.version}>
                    {v.version === NEXT ? 'Next (unreleased)' : v.version === manifest.latest ? `${v.version} (latest)` : v.version}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Event{' '}
              <select name="event" value={signal} onChange={(e) => setSignal(e.target.value)}>
                {!set.events.some((e) => e.signal === signal) && <option value={signal}>choose an event</option>}
                {sortedSignals(set.events).map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
            </label>
          </div>
        )}
        {target && (
          <>
            <p>
              <Link to={withVersion(eventPagePath(target.signal), pageSegment(version, manifest.latest))}>The page of {target.signal}</Link>{' '}
              documents its fields.{' '}
              <Link to={`${VALIDATOR_PAGE_PATH}?${new URLSearchParams({ event: signal, release: version }).toString()}`}>
                A link to this choice
              </Link>{' '}
              opens this page with the event and release chosen.
            </p>
            <PayloadValidator target={target} />
          </>
        )}
      </main>
    </Layout>
  );
}

const sortedSignals = (events: Array<{ signal: string }>) => events.map((e) => e.signal).sort();
