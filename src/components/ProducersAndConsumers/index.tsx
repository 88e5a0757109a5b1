/** The services that send an event and those known to receive it, side by side. */
import React from 'react';
import Heading from '@theme/Heading';
import type { EventProps } from '../shared/event-page';
import styles from './styles.module.css';
import InlineMarkdown from '../InlineMarkdown';

function Repo({ name }: { name: string }) {
  return <a href={`https://github.com/${name}`}>{name}</a>;
}

export default function ProducersAndConsumers({ event }: EventProps): React.JSX.Element {
  return (
    <div className={styles.flow}>
      <div>
        <Heading as="h3" id="producers">
          Producers
        </Heading>
        <ul>
          {event.producers.map((p) => (
            <li key={`${p.repository}-${p.service}`}>
              <strong>{p.service}</strong> (<Repo name={p.repository} />
              ): <InlineMarkdown text={p.trigger} />
            </li>
          ))}
        </ul>
      </div>
      <div>
        <Heading as="h3" id="consumers">
          Consumers
        </Heading>
        {event.consumers.length ? (
          <ul>
            {event.consumers.map((c) => (
              <li key={`${c.repository}-${c.service}`}>
                <strong>{c.service}</strong> (<Repo name={c.repository} />
                ): <InlineMarkdown text={c.use} />
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
