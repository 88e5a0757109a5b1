/** Every upstream inconsistency the definitions record, on one page. */
import type { ExceptionRule } from '../../../src/events/model';
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

export function knownIssuesOutputs({ events }: Catalog): Outputs {
  return new Map([['docs/events/known-issues.mdx', knownIssuesPageMdx(events.map((e) => e.page))]]);
}

function knownIssuesPageMdx(pages: EventPageData[]): string {
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
`;
}
