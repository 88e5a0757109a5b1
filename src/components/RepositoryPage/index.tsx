/**
 * The page of a repository (scripts/lib/render/repository-pages.ts): what it
 * is, the events it produces and those it consumes, each with its source; and
 * the index of every repository by kind. Event links stay in the page's
 * version (Next, the only one with these pages).
 */
import React from 'react';
import Link from '@docusaurus/Link';
import type { RepositoryKind } from '../../events/repositories';
import type { RepositoryIndexData, RepositoryPageData } from '../../reference-data';
import CodeSourceLink, { consumerKindLabel } from '../CodeSource';
import InlineMarkdown from '../InlineMarkdown';
import { VersionedLink } from '../Versioned';
import styles from './styles.module.css';

const KIND_LABELS: Record<RepositoryKind, string> = {
  service: 'A service (IDA)',
  plugin: 'A plugin',
  library: 'A library',
};

function GitHubLink({ repository }: { repository: string }) {
  return <a href={`https://github.com/${repository}`}>{`github.com/${repository}`}</a>;
}

export function RepositorySummary({ repository }: { repository: RepositoryPageData }): React.JSX.Element {
  return (
    <dl className={styles.summary}>
      <dt>Kind</dt>
      <dd>{KIND_LABELS[repository.kind]}</dd>
      <dt>What it is</dt>
      <dd>{repository.description}</dd>
      <dt>On GitHub</dt>
      <dd>
        <GitHubLink repository={repository.repository} />
      </dd>
      {repository.formerly.length ? (
        <>
          <dt>Formerly</dt>
          <dd>
            {repository.formerly.map((name, i) => (
              <React.Fragment key={name}>
                {i ? ', ' : ''}
                <code>{name}</code>
              </React.Fragment>
            ))}{' '}
            (older permalinks still use {repository.formerly.length === 1 ? 'it' : 'them'}; GitHub redirects)
          </dd>
        </>
      ) : null}
      <dt>Events</dt>
      <dd>
        produces {new Set(repository.produces.map((e) => e.signal)).size}, consumes {new Set(repository.consumes.map((e) => e.signal)).size}
      </dd>
    </dl>
  );
}

interface EventsProps {
  repository: RepositoryPageData;
  role: 'produces' | 'consumes';
}

function EventName({ signal, path, removed }: { signal: string; path: string; removed: boolean }) {
  return (
    <>
      <VersionedLink to={path}>
        <code>{signal}</code>
      </VersionedLink>
      {removed ? ' (removed upstream)' : ''}
    </>
  );
}

export function RepositoryEvents({ repository, role }: EventsProps): React.JSX.Element {
  if (role === 'produces') {
    if (!repository.produces.length) return <p>None known: no event of this reference names {repository.repository} as a producer.</p>;
    return (
      <ul className={styles.events} data-repository-events="produces">
        {repository.produces.map((e, i) => (
          <li key={`${e.signal}-${i}`}>
            <EventName {...e} />, from <strong>{e.service}</strong>: <InlineMarkdown text={e.trigger} />
            <CodeSourceLink source={e.source} />
          </li>
        ))}
      </ul>
    );
  }
  if (!repository.consumes.length) return <p>None known: no event of this reference names {repository.repository} as a consumer.</p>;
  return (
    <ul className={styles.events} data-repository-events="consumes">
      {repository.consumes.map((e, i) => (
        <li key={`${e.signal}-${i}`}>
          <EventName {...e} />, in <strong>{e.service}</strong>: <InlineMarkdown text={e.use} />
          <span className={styles.kind}>{consumerKindLabel(e.kind)}</span>
          <CodeSourceLink source={e.source} />
        </li>
      ))}
    </ul>
  );
}

/** What else the repository is cited for: bus configurations, upstream notes. */
export function RepositoryCitations({ repository }: { repository: RepositoryPageData }): React.JSX.Element {
  if (!repository.cited.length) return <p>Nothing else: it is cited only as a producer or a consumer.</p>;
  return (
    <ul className={styles.events} data-repository-events="cited">
      {repository.cited.map((e, i) => (
        <li key={`${e.signal}-${i}`}>
          <EventName {...e} />: <InlineMarkdown text={e.what} />
          <CodeSourceLink source={e.source} />
        </li>
      ))}
    </ul>
  );
}

export function RepositoryIndex({
  repositories,
  kind,
}: {
  repositories: RepositoryIndexData['repositories'];
  kind: RepositoryKind;
}): React.JSX.Element {
  return (
    <ul className={styles.events} data-repository-kind={kind}>
      {repositories
        .filter((r) => r.kind === kind)
        .map((r) => (
          <li key={r.repository}>
            <Link to={r.path}>{r.repository}</Link>: {r.description}{' '}
            <span className={styles.counts}>
              produces {r.produces}, consumes {r.consumes}
            </span>
          </li>
        ))}
    </ul>
  );
}
