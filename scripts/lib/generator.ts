/**
 * From sources to outputs: loads the events and ADRs, runs every check, and
 * renders every generated file in memory. Writing is left to the caller.
 */
import { createHash } from 'node:crypto';
import type { EventDefinition } from '../../src/events/model';
import type { EventPageData } from '../../src/reference-data';
import { avroSchemaPath, ENVELOPE_SCHEMA_PATH, eventSlug, schemaPath, schemaUrl, SCHEMA_INDEX_PATH, SITE_URL } from '../../src/site';
import { AvroMappingError, eventAvroSchema, isValidAvroNamespace, type AvroRecord } from './avro';
import { loadAdrs } from './adr-source';
import { checkCatalog } from './checks';
import { loadEvents } from './event-source';
import { flattenFields } from './fields';
import { eventJsonSchema, GENERATED_NOTE, JSON_SCHEMA_DIALECT } from './json-schema';
import { jsonText, type Outputs } from './outputs';
import { SourceProblems, type Problem } from './problems';
import { catalogData, catalogPageMdx } from './render/catalog-page';
import { dataTypes } from './data-types';
import { dataTypeOutputs } from './render/data-type-page';
import { envelopeOutputs } from './render/envelope-page';
import { knownIssuesPageMdx } from './render/known-issues-page';
import { eventPageMdx } from './render/event-page';
import { adrIndexData, adrRefs, eventPageData } from './views';

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Where a file under `static/` is served. */
function staticFile(urlPath: string): string {
  return `static${urlPath}`;
}

/**
 * The Avro schema of an event, or why it has none: upstream cannot send it
 * (a declared exception), or a type has no Avro form (a problem to report).
 */
function avroFor(event: EventDefinition, file: string, problems: Problem[]): AvroRecord | { unavailable: string } {
  const excused = (event.exceptions ?? []).find((x) => x.rule === 'event-bus-serializable');
  if (excused) return { unavailable: excused.reason };
  try {
    return eventAvroSchema(event);
  } catch (error) {
    if (!(error instanceof AvroMappingError)) throw error;
    problems.push({
      file,
      event: event.signal,
      field: error.field,
      message: `${error.message}: fix the type, or declare an "event-bus-serializable" exception if upstream cannot send the event`,
    });
    return { unavailable: error.message };
  }
}

export async function generate(root: string): Promise<Outputs> {
  const problems: Problem[] = [];
  const adrs = loadAdrs(root, problems);
  const sources = await loadEvents(root);
  const events = sources.map((source) => {
    const schema = eventJsonSchema(source.definition);
    return { ...source, schema, fields: flattenFields(schema) };
  });
  problems.push(...checkCatalog(events, adrs));
  const avro = new Map(events.map((e) => [e.definition.signal, avroFor(e.definition, e.file, problems)]));
  if (problems.length) throw new SourceProblems(problems);

  events.sort((a, b) => a.definition.eventType.localeCompare(b.definition.eventType));
  const outputs: Outputs = new Map();
  const adrRef = adrRefs(adrs);
  const manifest: Array<Record<string, string | null>> = [];
  const pages = [];

  for (const event of events) {
    const { definition } = event;
    const schemaText = jsonText(event.schema);
    outputs.set(staticFile(schemaPath(definition.eventType)), schemaText);
    const avroSchema = avro.get(definition.signal)!;
    let avroView: EventPageData['avro'];
    let avroEntry: Record<string, string | null>;
    if ('unavailable' in avroSchema) {
      avroView = avroSchema;
      avroEntry = { avro: null, avroSha256: null };
    } else {
      const avroText = jsonText(avroSchema);
      outputs.set(staticFile(avroSchemaPath(definition.eventType)), avroText);
      avroView = { path: avroSchemaPath(definition.eventType), validNamespace: isValidAvroNamespace(avroSchema.namespace!) };
      avroEntry = { avro: `${SITE_URL}${avroSchemaPath(definition.eventType)}`, avroSha256: sha256(avroText) };
    }
    const page = eventPageData(event, adrRef, avroView);
    pages.push(page);
    manifest.push({
      signal: definition.signal,
      eventType: definition.eventType,
      domain: page.domain,
      schema: schemaUrl(definition.eventType),
      sha256: sha256(schemaText),
      ...avroEntry,
    });

    const dir = `docs/events/${page.domain}/${page.subject}`;
    const slug = eventSlug(definition.signal);
    outputs.set(`${dir}/${slug}.data.json`, jsonText(page));
    outputs.set(`${dir}/${slug}.mdx`, eventPageMdx(page, event.file, definition.examples[0]));
  }
  for (const domain of [...new Set(pages.map((p) => p.domain))].sort()) {
    const count = pages.filter((p) => p.domain === domain).length;
    outputs.set(
      `docs/events/${domain}/_category_.json`,
      jsonText({
        label: domain,
        collapsed: true,
        link: {
          type: 'generated-index',
          slug: `/events/domains/${domain.replace(/_/g, '-')}`,
          title: `The ${domain} domain`,
          description: `The ${count} events of the ${domain} domain, grouped by subject.`,
        },
      }),
    );
    for (const subject of new Set(pages.filter((p) => p.domain === domain).map((p) => p.subject))) {
      outputs.set(`docs/events/${domain}/${subject}/_category_.json`, jsonText({ label: subject, collapsed: true }));
    }
  }
  outputs.set('docs/events/_category_.json', jsonText({ label: 'Events', position: 2, collapsed: false }));
  outputs.set('docs/events/index.mdx', catalogPageMdx());
  outputs.set('docs/events/known-issues.mdx', knownIssuesPageMdx(pages));
  for (const [file, content] of envelopeOutputs()) outputs.set(file, content);
  for (const [file, content] of dataTypeOutputs(dataTypes(events.map((e) => e.definition)))) outputs.set(file, content);
  outputs.set('docs/events/catalog.data.json', jsonText(catalogData(pages)));
  outputs.set(
    staticFile(SCHEMA_INDEX_PATH),
    jsonText({
      $comment: GENERATED_NOTE,
      site: SITE_URL,
      dialect: JSON_SCHEMA_DIALECT,
      envelope: `${SITE_URL}${ENVELOPE_SCHEMA_PATH}`,
      events: manifest,
    }),
  );
  outputs.set('adr/_generated/adrs.json', jsonText(adrIndexData(adrs, events)));
  return new Map([...outputs].sort(([a], [b]) => a.localeCompare(b)));
}
