/** The catalog page: every event in one table. */
import type { CatalogRow, EventPageData } from '../../../src/reference-data';
import { eventPagePath, repositoriesPagePath } from '../../../src/site';
import type { Catalog } from '../catalog';
import { GENERATED_NOTE } from '../json-schema';
import { jsonText, type Outputs } from '../outputs';

export function catalogOutputs({ events }: Catalog): Outputs {
  return new Map([
    ['docs/events/index.mdx', catalogPageMdx()],
    ['docs/events/catalog.data.json', jsonText(catalogData(events.map((e) => e.page)))],
  ]);
}

function catalogPageMdx(): string {
  return `---
title: Event catalog
slug: /events
description: Every Open edX event, its type, domain, producers and the release that added it.
sidebar_position: 0
---

{/* ${GENERATED_NOTE} */}

import catalog from './catalog.data.json';

Every event documented here, with the service that sends it and the openedx-events release that added it.
Filter it by the [repository](${repositoriesPagePath()}) that produces or consumes an event.
Each event's payload can be downloaded as JSON Schema from its page, and all of them are listed in
[the schema manifest](pathname:///schemas/index.json). All at once:

<SchemaSetDownload />

<EventCatalog events={catalog.events} />
`;
}

function catalogData(events: EventPageData[]): { $comment: string; events: CatalogRow[] } {
  return {
    $comment: GENERATED_NOTE,
    events: events.map((e) => ({
      signal: e.signal,
      eventType: e.eventType,
      domain: e.domain,
      subject: e.subject,
      producers: e.producers.map((p) => p.service),
      producerRepositories: distinct(e.producers.map((p) => p.repository)),
      consumerRepositories: distinct(e.consumers.map((c) => c.repository)),
      addedIn: e.addedIn,
      path: eventPagePath(e.signal),
    })),
  };
}

/** The values once each, in their first order (an event may have two producers in one repository). */
function distinct(values: string[]): string[] {
  return [...new Set(values)];
}
