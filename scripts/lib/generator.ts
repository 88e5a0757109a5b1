/**
 * From sources to outputs: loads the events and ADRs, runs every check, and
 * renders every generated file in memory. Writing is left to the caller.
 */
import { createHash } from 'node:crypto';
import { eventSlug, schemaPath, schemaUrl, SCHEMA_INDEX_PATH, SITE_URL } from '../../src/site';
import { loadAdrs } from './adr-source';
import { checkCatalog, type CheckedEvent } from './checks';
import { loadEvents } from './event-source';
import { eventTypeParts } from './event-type';
import { flattenFields } from './fields';
import { eventJsonSchema, GENERATED_NOTE } from './json-schema';
import type { Outputs } from './outputs';
import { SourceProblems, type Problem } from './problems';
import { catalogData, catalogPageMdx } from './render/catalog-page';
import { eventPageMdx } from './render/event-page';
import { adrIndexData, adrRefs, eventPageData } from './views';

/** Stable JSON text: two-space indent and a final newline. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Where a file under `static/` is served. */
function staticFile(urlPath: string): string {
  return `static${urlPath}`;
}

export async function generate(root: string): Promise<Outputs> {
  const problems: Problem[] = [];
  const adrs = loadAdrs(root, problems);
  const sources = await loadEvents(root);
  const events: CheckedEvent[] = sources
    .map((source) => ({ ...source, schema: eventJsonSchema(source.definition) }))
    .map(({ schema, ...source }) => ({ ...source, fields: flattenFields(schema) }));
  problems.push(...checkCatalog(events, adrs));
  if (problems.length) throw new SourceProblems(problems);

  events.sort((a, b) => a.definition.eventType.localeCompare(b.definition.eventType));
  const outputs: Outputs = new Map();
  const adrRef = adrRefs(adrs);
  const manifest: Array<Record<string, string>> = [];
  const pages = [];

  for (const event of events) {
    const { definition } = event;
    const schemaText = jsonText(eventJsonSchema(definition));
    outputs.set(staticFile(schemaPath(definition.eventType)), schemaText);
    manifest.push({
      signal: definition.signal,
      eventType: definition.eventType,
      domain: eventTypeParts(definition.eventType).domain,
      schema: schemaUrl(definition.eventType),
      sha256: sha256(schemaText),
    });

    const page = eventPageData(event, adrRef);
    pages.push(page);
    const dir = `docs/events/${page.domain}`;
    const slug = eventSlug(definition.signal);
    outputs.set(`${dir}/${slug}.data.json`, jsonText(page));
    outputs.set(`${dir}/${slug}.mdx`, eventPageMdx(page, event.file, definition.examples[0]));
  }
  for (const domain of new Set(pages.map((p) => p.domain))) {
    outputs.set(`docs/events/${domain}/_category_.json`, jsonText({ label: domain, collapsed: false }));
  }
  outputs.set('docs/events/_category_.json', jsonText({ label: 'Events', position: 2, collapsed: false }));
  outputs.set('docs/events/index.mdx', catalogPageMdx());
  outputs.set('docs/events/catalog.data.json', jsonText(catalogData(pages)));
  outputs.set(
    staticFile(SCHEMA_INDEX_PATH),
    jsonText({ $comment: GENERATED_NOTE, site: SITE_URL, dialect: 'http://json-schema.org/draft-07/schema#', events: manifest }),
  );
  outputs.set('adr/_generated/adrs.json', jsonText(adrIndexData(adrs, events)));
  return new Map([...outputs].sort(([a], [b]) => a.localeCompare(b)));
}
