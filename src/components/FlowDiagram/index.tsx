/**
 * The producers → event → consumers flow of an event, drawn at build time as
 * HTML and CSS (see /adr/site/3): the page ships the diagram in its HTML and
 * runs no diagram library. Producers stack on the left with what makes them
 * send the event on their arrow, consumers on the right; on a narrow screen
 * the three columns stack top to bottom. Each node names its service and its
 * repository as `owner/name`, as the lists below it and the repository pages do;
 * names wrap at their boundaries (after `/`, `_`, `.`), never inside a word.
 */
import React from 'react';
import type { EventPageData } from '../../reference-data';
import { WrapAtBoundaries } from '../Identifier';
import styles from './styles.module.css';

interface Props {
  event: Pick<EventPageData, 'signal' | 'producers' | 'consumers'>;
}

function Node({ service, repository }: { service: string; repository: string }) {
  return (
    <span className={styles.node}>
      <strong>{service}</strong>
      <span className={styles.repo}>
        <WrapAtBoundaries text={repository} />
      </span>
    </span>
  );
}

export default function FlowDiagram({ event }: Props): React.JSX.Element {
  return (
    <figure className={styles.diagram} data-diagram="flow">
      <figcaption className={styles.caption}>
        Flow of {event.signal}: {event.producers.length || 'no known'} producer{event.producers.length === 1 ? '' : 's'},{' '}
        {event.consumers.length || 'no known'} consumer{event.consumers.length === 1 ? '' : 's'}
      </figcaption>
      <ul className={styles.producers} aria-label="Producers">
        {event.producers.length ? (
          event.producers.map((p, i) => (
            <li key={`${p.repository}-${p.service}-${i}`} className={styles.producer}>
              <Node service={p.service} repository={p.repository} />
              <span className={styles.edge}>{p.trigger}</span>
            </li>
          ))
        ) : (
          <li className={styles.producer}>
            <span className={styles.node}>no known producer</span>
            <span className={styles.edge} aria-hidden="true" />
          </li>
        )}
      </ul>
      <p className={styles.event}>
        <code>
          <WrapAtBoundaries text={event.signal} />
        </code>
      </p>
      <ul className={styles.consumers} aria-label="Consumers">
        {event.consumers.length ? (
          event.consumers.map((c, i) => (
            <li key={`${c.repository}-${c.service}-${i}`} className={styles.consumer}>
              <span className={styles.edge} aria-hidden="true" />
              <Node service={c.service} repository={c.repository} />
            </li>
          ))
        ) : (
          <li className={styles.consumer}>
            <span className={styles.edge} aria-hidden="true" />
            <span className={styles.node}>no known consumer</span>
          </li>
        )}
      </ul>
    </figure>
  );
}
