/**
 * The services that send an event and those known to receive it, side by
 * side: each with its repository (linked to the repository's page), what
 * makes it send the event or what it does with it, how a consumer receives
 * it, and the source in public code. An empty list says what was searched.
 * Pages of releases frozen before sources existed show what they have.
 */
import React from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import type { NoneKnown } from '../../events/model';
import type { ConsumerData, ProducerData } from '../../reference-data';
import type { EventProps } from '../shared/event-page';
import CodeSourceLink, { consumerKindLabel } from '../CodeSource';
import InlineMarkdown from '../InlineMarkdown';
import styles from './styles.module.css';

function Repo({ entry }: { entry: ProducerData | ConsumerData }) {
  if (entry.repositoryPage) return <Link to={entry.repositoryPage}>{entry.repository}</Link>;
  return <a href={`https://github.com/${entry.repository}`}>{entry.repository}</a>;
}

function NoneKnownText({ what, none }: { what: string; none: NoneKnown | null | undefined }) {
  return (
    <p>
      None known{none ? '' : `: no ${what} is recorded`}.
      {none ? (
        <>
          {' '}
          <span className={styles.searched}>
            Searched: <InlineMarkdown text={none.searched} />
          </span>
        </>
      ) : null}
    </p>
  );
}

export default function ProducersAndConsumers({ event }: EventProps): React.JSX.Element {
  return (
    <div className={styles.flow}>
      <div>
        <Heading as="h3" id="producers">
          Producers
        </Heading>
        {event.producers.length ? (
          <ul className={styles.entries}>
            {event.producers.map((p, i) => (
              <li key={`${p.repository}-${p.service}-${p.source?.url ?? i}`}>
                <strong>{p.service}</strong> (<Repo entry={p} />
                ): <InlineMarkdown text={p.trigger} />
                {p.source ? <CodeSourceLink source={p.source} /> : null}
              </li>
            ))}
          </ul>
        ) : (
          <NoneKnownText what="producer" none={event.noProducerKnown} />
        )}
      </div>
      <div>
        <Heading as="h3" id="consumers">
          Consumers
        </Heading>
        {event.consumers.length ? (
          <ul className={styles.entries}>
            {event.consumers.map((c, i) => (
              <li key={`${c.repository}-${c.service}-${c.source?.url ?? i}`}>
                <strong>{c.service}</strong> (<Repo entry={c} />
                ): <InlineMarkdown text={c.use} />
                {c.kind ? <span className={styles.kind}>{consumerKindLabel(c.kind)}</span> : null}
                {c.source ? <CodeSourceLink source={c.source} /> : null}
              </li>
            ))}
          </ul>
        ) : (
          <NoneKnownText what="consumer" none={event.noConsumerKnown} />
        )}
      </div>
    </div>
  );
}
