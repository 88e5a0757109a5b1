/** Every upstream inconsistency the definitions record, on one page. */
import type { EventPageData } from '../../../src/reference-data';
import { eventPagePath } from '../../../src/site';
import { GENERATED_NOTE } from '../json-schema';
import { EXCEPTION_TITLES } from '../views';
import { escapeMdxText } from './mdx';

export function knownIssuesPageMdx(pages: EventPageData[]): string {
  const sections = Object.entries(EXCEPTION_TITLES).map(([rule, title]) => {
    const items = pages.flatMap((p) =>
      p.exceptions.filter((x) => x.rule === rule).map((x) => `- [${p.signal}](${eventPagePath(p.signal)}) (\`${p.eventType}\`): ${escapeMdxText(x.reason)}`),
    );
    return `## ${title} \\{#${rule}}\n\n${items.length ? items.join('\n') : 'None.'}\n`;
  });
  const badNamespaces = pages
    .filter((p) => 'path' in p.avro && !p.avro.validNamespace)
    .map((p) => `- [${p.signal}](${eventPagePath(p.signal)}): namespace \`${p.eventType}\``);
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
