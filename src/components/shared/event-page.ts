/**
 * What the components of an event page share: their props, and the URLs of
 * the event's schema files in the page's version.
 */
import type { EventPageData } from '../../reference-data';
import { avroSchemaPath, schemaPath } from '../../site';
import { useSchemaChannel } from '../Versioned';

export interface EventProps {
  event: EventPageData;
}

/**
 * The schema URLs of the page's version: `/schemas/next/…` on Next,
 * `/schemas/<release>/…` on a release; for an event removed upstream, those of
 * the last release that defined it.
 */
export function useSchemaUrls(event: EventPageData): { json: string; avro: string | null } {
  const pageChannel = useSchemaChannel();
  const channel = event.removed ? event.removed.lastRelease : pageChannel;
  return {
    json: schemaPath(event.eventType, channel),
    avro: 'validNamespace' in event.avro ? avroSchemaPath(event.eventType, channel) : null,
  };
}
