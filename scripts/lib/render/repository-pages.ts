/**
 * A page per repository of `src/events/repositories.ts`: what it is, the
 * events it sends and those it receives (each with the trigger or the use and
 * the source that shows it), and an index of them all by kind. Next only: the
 * producers and consumers are today's, and a named release's docs would list
 * the same.
 */
import type { EventPageData, RepositoryIndexData, RepositoryPageData } from '../../../src/reference-data';
import { REPOSITORIES, type Repository, type RepositoryKind } from '../../../src/events/repositories';
import { eventPagePath, REPOSITORIES_DOC_SLUG, repositoryDocSlug, repositoryPagePath, repositorySlug } from '../../../src/site';
import type { CodeSource, EventDefinition } from '../../../src/events/model';
import { parsePermalink } from '../../../src/permalink';
import type { Catalog } from '../catalog';
import { GENERATED_NOTE } from '../json-schema';
import { jsonText, type Outputs } from '../outputs';
import { repositoriesCategory } from './categories';
import { compareText } from '../sorting';

const DIR = 'docs/events/repositories';

/** The kinds in the order the index lists them, with their heading. */
export const REPOSITORY_KIND_HEADINGS: Record<RepositoryKind, string> = {
  service: 'Services',
  plugin: 'Plugins',
  library: 'Libraries',
};

/** What a repository page reads of an event. */
interface RepositorySourceEvent {
  definition: Pick<EventDefinition, 'producers' | 'consumers' | 'busUsage' | 'staleBusWarning'>;
  page: Pick<EventPageData, 'signal' | 'eventType' | 'removed'>;
}

/** The page data of one repository, from every event (removed ones too: their pages stay). */
export function repositoryPageData(repository: Repository, events: RepositorySourceEvent[]): RepositoryPageData {
  const event = ({ page }: RepositorySourceEvent) => ({
    signal: page.signal,
    eventType: page.eventType,
    path: eventPagePath(page.signal),
    removed: Boolean(page.removed),
  });
  const ours = ({ repository: name }: { repository: string }) => name === repository.repository;
  const bySignal = (a: { signal: string }, b: { signal: string }) => compareText(a.signal, b.signal);
  const names = [repository.repository, ...(repository.formerly ?? [])];
  const inRepository = (source: CodeSource) => names.includes(parsePermalink(source.url)?.repository ?? '');
  const citations = ({ definition: d }: RepositorySourceEvent): Array<{ what: string; source: CodeSource }> => [
    ...(d.busUsage ?? []).map((u) => ({
      what: `configures the topic \`${u.topic}\`${u.keyField ? ` with the key field \`${u.keyField}\`` : ''} on the event bus`,
      source: u.source,
    })),
    ...(d.staleBusWarning
      ? [{ what: 'warns that the event bus cannot carry it (a stale warning)', source: d.staleBusWarning.source }]
      : []),
  ];
  return {
    $comment: GENERATED_NOTE,
    repository: repository.repository,
    kind: repository.kind,
    description: repository.description,
    formerly: repository.formerly ?? [],
    produces: events
      .flatMap((e) =>
        e.definition.producers.filter(ours).map((p) => ({ ...event(e), service: p.service, trigger: p.trigger, source: p.source })),
      )
      .sort(bySignal),
    consumes: events
      .flatMap((e) =>
        e.definition.consumers.filter(ours).map((c) => ({ ...event(e), service: c.service, use: c.use, kind: c.kind, source: c.source })),
      )
      .sort(bySignal),
    cited: events
      .flatMap((e) =>
        citations(e)
          .filter((c) => inRepository(c.source))
          .map(({ what, source }) => ({ ...event(e), what, source })),
      )
      .sort(bySignal),
  };
}

export function repositoryIndexData(pages: RepositoryPageData[]): RepositoryIndexData {
  return {
    $comment: GENERATED_NOTE,
    repositories: pages.map((p) => ({
      repository: p.repository,
      kind: p.kind,
      description: p.description,
      path: repositoryPagePath(p.repository),
      produces: new Set(p.produces.map((e) => e.signal)).size,
      consumes: new Set(p.consumes.map((e) => e.signal)).size,
    })),
  };
}

export function repositoryPageOutputs({ events, removed }: Catalog): Outputs {
  const data = REPOSITORIES.map((r) => repositoryPageData(r, [...events, ...removed]));
  const outputs: Outputs = new Map(repositoriesCategory());
  for (const page of data) {
    const slug = repositorySlug(page.repository);
    if (outputs.has(`${DIR}/${slug}.mdx`)) throw new Error(`two repositories have the page slug "${slug}": ${page.repository} and another`);
    outputs.set(`${DIR}/${slug}.data.json`, jsonText(page));
    outputs.set(`${DIR}/${slug}.mdx`, repositoryPageMdx(page));
  }
  const index = repositoryIndexData(data);
  outputs.set(`${DIR}/index.data.json`, jsonText(index));
  outputs.set(`${DIR}/index.mdx`, repositoryIndexMdx(index));
  return outputs;
}

function repositoryPageMdx(page: RepositoryPageData): string {
  const slug = repositorySlug(page.repository);
  return `---
title: ${JSON.stringify(page.repository)}
sidebar_label: ${JSON.stringify(page.repository)}
slug: ${JSON.stringify(repositoryDocSlug(page.repository))}
description: ${JSON.stringify(page.description)}
---

{/* ${GENERATED_NOTE} Source: src/events/repositories.ts and the producers and consumers of src/events. */}

import repository from './${slug}.data.json';

<RepositorySummary repository={repository} />

## Produces \\{#produces}

<RepositoryEvents repository={repository} role="produces" />

## Consumes \\{#consumes}

<RepositoryEvents repository={repository} role="consumes" />

## Cited for \\{#cited}

<RepositoryCitations repository={repository} />
`;
}

function repositoryIndexMdx(index: RepositoryIndexData): string {
  const sections = (Object.keys(REPOSITORY_KIND_HEADINGS) as RepositoryKind[]).flatMap((kind) => {
    const count = index.repositories.filter((r) => r.kind === kind).length;
    if (!count) return [];
    return [
      `## ${REPOSITORY_KIND_HEADINGS[kind]} (${count}) \\{#${kind}}\n\n<RepositoryIndex repositories={index.repositories} kind="${kind}" />\n`,
    ];
  });
  return `---
title: Repositories
slug: ${JSON.stringify(REPOSITORIES_DOC_SLUG)}
description: The public repositories that send or receive Open edX events, each with the events it produces and consumes.
---

{/* ${GENERATED_NOTE} Source: src/events/repositories.ts. */}

import index from './index.data.json';

The ${index.repositories.length} public repositories whose code sends or receives the events of this reference, by kind.
Each page lists the events the repository produces and consumes, with the line of code that shows it.

${sections.join('\n')}`;
}
