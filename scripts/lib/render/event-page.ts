/** The MDX page of one event. Its data sits in a JSON file beside it. */
import type { EventPageData } from '../../../src/reference-data';
import { eventSlug } from '../../../src/site';
import { GENERATED_NOTE } from '../json-schema';

export function eventPageMdx(event: EventPageData, sourceFile: string, example: unknown): string {
  const slug = eventSlug(event.signal);
  return `---
title: ${JSON.stringify(event.signal)}
sidebar_label: ${JSON.stringify(event.signal)}
slug: ${JSON.stringify(`/events/${slug}`)}
description: ${JSON.stringify(event.description)}
toc_max_heading_level: 2
---

{/* ${GENERATED_NOTE} Source: ${sourceFile}. */}

import event from './${slug}.data.json';

<EventSummary event={event} />

## Producers and consumers \\{#producers-and-consumers}

<FlowDiagram event={event} />

<ProducersAndConsumers event={event} />

## Fields \\{#fields}

<FieldTable fields={event.fields} />

## Excluded fields \\{#excluded-fields}

<ExcludedFields event={event} />

## Change history \\{#change-history}

<ChangeHistory event={event} />

{/* Until 2026-11 this section was "JSON Schema" at #schema: links made then still land here. */}
<AnchorAlias id="schema" />

## Schemas \\{#schemas}

<SchemaDownload event={event} />

## Example payload \\{#example}

\`\`\`json
${JSON.stringify(example, null, 2)}
\`\`\`
`;
}
