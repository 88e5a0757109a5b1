/**
 * Where public code shows a producer or a consumer: the permalink, labelled
 * with its file, line and short commit, and how sure the reference is of it,
 * shown beside the link rather than hidden in a title. One place for these
 * words, used by the event pages and the repository pages.
 */
import React from 'react';
import type { CodeSource, ConsumerKind } from '../../events/model';
import { parsePermalink, permalinkLabel, SOURCE_CONFIDENCE_LABELS } from '../../permalink';
import InlineMarkdown from '../InlineMarkdown';
import styles from './styles.module.css';

const CONSUMER_KIND_LABELS: Record<ConsumerKind, string> = {
  'django-receiver': 'Django receiver in the same process',
  'event-bus-consumer': 'reads it from the event bus',
  'settings-subscription': 'subscribed through its settings',
};

export function consumerKindLabel(kind: ConsumerKind): string {
  return CONSUMER_KIND_LABELS[kind];
}

export default function CodeSourceLink({ source }: { source: CodeSource }): React.JSX.Element {
  const permalink = parsePermalink(source.url);
  return (
    // Out of the search index: provenance (paths, commits, notes) would outweigh what the page is about.
    <span className={styles.source} data-source-confidence={source.confidence} data-pagefind-ignore="">
      <span className={styles.label}>Source:</span>{' '}
      <a href={source.url} className={styles.link}>
        {permalink ? permalinkLabel(permalink) : source.url}
      </a>{' '}
      <span className={styles.confidence}>{SOURCE_CONFIDENCE_LABELS[source.confidence]}</span>
      {source.note ? (
        <small className={styles.note}>
          <InlineMarkdown text={source.note} />
        </small>
      ) : null}
    </span>
  );
}
