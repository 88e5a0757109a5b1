import React from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import { ADR_ROUTE, DOCS_ROUTE, SCHEMA_INDEX_PATH, VALIDATOR_PAGE_PATH } from '../site';
import styles from './index.module.css';

export default function Home(): React.JSX.Element {
  return (
    <Layout description="The contracts of Open edX events and the decisions behind them: event pages, ADRs and JSON Schemas.">
      <main className={styles.main}>
        <Heading as="h1">Open edX events</Heading>
        <p className={styles.lead}>What every Open edX event carries, who sends it, who consumes it, and why it looks the way it does.</p>
        <ul className={styles.cards}>
          <li>
            <Link to={`/${DOCS_ROUTE}/events`}>Event catalog</Link>
            <p>One page per event: fields you can link to, producers and consumers, change history.</p>
          </li>
          <li>
            <Link to={`/${ADR_ROUTE}`}>Decisions (ADRs)</Link>
            <p>The architecture decision records behind the events, each section with a stable link.</p>
          </li>
          <li>
            <Link to={VALIDATOR_PAGE_PATH}>Payload validator</Link>
            <p>Paste a message from the bus: checked against its event's JSON Schema and Avro schema, in your browser.</p>
          </li>
          <li>
            <a href={SCHEMA_INDEX_PATH}>Schemas</a>
            <p>Every payload as JSON Schema at a stable URL, listed with checksums in one manifest.</p>
          </li>
        </ul>
      </main>
    </Layout>
  );
}
