/** Every upstream inconsistency the definitions record, on one page. */
import type { CodeSource, ExceptionRule } from '../../../src/events/model';
import { UPSTREAM_RELEASES } from '../../../src/events/releases';
import { parsePermalink, permalinkLabel, SOURCE_CONFIDENCE_LABELS } from '../../../src/permalink';
import type { ReleaseHistory } from '../release-history';
import type { EventPageData } from '../../../src/reference-data';
import { eventPagePath, KNOWN_ISSUES_PAGE_PATH } from '../../../src/site';
import type { Catalog } from '../catalog';
import { GENERATED_NOTE } from '../json-schema';
import type { Outputs } from '../outputs';
import { escapeMdxText, relativeUrl } from './mdx';

/** The heading of each kind of exception, on this page and on the event pages. */
export const EXCEPTION_TITLES: Record<ExceptionRule, string> = {
  'event-type-pattern': 'The event type breaks the naming pattern',
  'key-field-resolves': 'The declared key field does not resolve',
  'event-bus-serializable': 'Upstream cannot send this event over the event bus',
};

const link = (signal: string) => relativeUrl(KNOWN_ISSUES_PAGE_PATH, eventPagePath(signal));

export function knownIssuesOutputs({ events, history }: Catalog): Outputs {
  return new Map([
    [
      'docs/events/known-issues.mdx',
      knownIssuesPageMdx(
        events.map((e) => e.page),
        codeIssues(events, history),
      ),
    ],
  ]);
}

/** A source as a Markdown link, with how sure it is. */
function sourceLink(source: CodeSource): string {
  const permalink = parsePermalink(source.url)!;
  return `[${escapeMdxText(permalinkLabel(permalink))}](${source.url}) (${SOURCE_CONFIDENCE_LABELS[source.confidence]})`;
}

/** The oldest release from which the bus has carried the event without a break, up to today. */
function busSince(history: ReleaseHistory, signal: string): string {
  let since = UPSTREAM_RELEASES.at(-1)!.release;
  for (const { release } of [...UPSTREAM_RELEASES].reverse()) {
    if (!history.eventAt(signal, release)?.avro) break;
    since = release;
  }
  return since;
}

/** The sections about the code around the events: stale bus warnings, events no one sends or receives, missing key fields. */
function codeIssues(events: Catalog['events'], history: ReleaseHistory): string {
  const item = (signal: string, text: string) => `- [${signal}](${link(signal)}): ${text}`;
  const stale = events.flatMap(({ definition: d }) =>
    d.staleBusWarning
      ? [
          item(
            d.signal,
            `upstream's warning, ${sourceLink(d.staleBusWarning.source)}; the bus carries it since ${busSince(history, d.signal)}.`,
          ),
        ]
      : [],
  );
  const noProducer = events.flatMap(({ definition: d }) =>
    d.noProducerKnown ? [item(d.signal, `searched: ${escapeMdxText(d.noProducerKnown.searched)}`)] : [],
  );
  const noConsumer = events.flatMap(({ definition: d }) =>
    d.noConsumerKnown ? [item(d.signal, `searched: ${escapeMdxText(d.noConsumerKnown.searched)}`)] : [],
  );
  const noKey = events.flatMap(({ definition: d }) => {
    if (d.keyField) return [];
    const configured = (d.busUsage ?? []).filter((u) => u.keyField);
    return [
      item(
        d.signal,
        configured.length
          ? `public configurations use ${configured.map((u) => `\`${u.keyField}\` (${sourceLink(u.source)})`).join(', ')}.`
          : 'none known: no public configuration names one.',
      ),
    ];
  });
  const section = (title: string, id: string, intro: string, items: string[]) =>
    `## ${title} \\{#${id}}\n\n${intro}\n\n${items.length ? items.join('\n') : 'None.'}\n`;
  return [
    section(
      'Stale warnings about the event bus',
      'stale-bus-warnings',
      'Upstream documents these events as ones the event bus cannot carry, but its own Avro generator maps them (its tests serialize them too), since the release given: the warnings predate that support.',
      stale,
    ),
    section(
      'Events no public code sends',
      'no-known-producer',
      'No producer was found in public repositories; a private service or plugin may send them. What was searched is on each line.',
      noProducer,
    ),
    section(
      'Events no public code receives',
      'no-known-consumer',
      'No consumer was found in public repositories, so the events are sent to no one in a default installation.',
      noConsumer,
    ),
    section(
      'No key field declared upstream',
      'no-key-field',
      'Putting an event on the bus needs a key field (it orders the messages of a topic); upstream declares none for these events. Where a public configuration uses one, it is given with its source.',
      noKey,
    ),
  ].join('\n');
}

function knownIssuesPageMdx(pages: EventPageData[], code: string): string {
  const sections = Object.entries(EXCEPTION_TITLES).map(([rule, title]) => {
    const items = pages.flatMap((p) =>
      p.exceptions
        .filter((x) => x.rule === rule)
        .map((x) => `- [${p.signal}](${link(p.signal)}) (\`${p.eventType}\`): ${escapeMdxText(x.reason)}`),
    );
    return `## ${title} \\{#${rule}}\n\n${items.length ? items.join('\n') : 'None.'}\n`;
  });
  const badNamespaces = pages
    .filter((p) => 'validNamespace' in p.avro && !p.avro.validNamespace)
    .map((p) => `- [${p.signal}](${link(p.signal)}): namespace \`${p.eventType}\``);
  return `---
title: Known issues
description: Inconsistencies in the upstream event catalog, recorded as explicit exceptions.
sidebar_position: 2
---

{/* ${GENERATED_NOTE} */}

The definitions follow upstream openedx-events faithfully, including its inconsistencies. Each one is an
explicit exception in the event's definition, with the reason, and a warning on the event's page. The
consistency checks stay strict for every other event.

${sections.join('\n')}
## Avro schemas with an invalid namespace \\{#avro-namespace}

The Avro namespace of an event is its event type. The Avro specification allows only letters, digits and
underscores in each part of a namespace, so strict parsers (avsc, Java's Avro) reject these schemas. They
are published as the event bus uses them.

${badNamespaces.length ? badNamespaces.join('\n') : 'None.'}

${code}`;
}
