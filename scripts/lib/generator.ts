/**
 * From sources to outputs: loads the events and ADRs, runs every check, and
 * renders every generated file in memory. Writing is left to the caller.
 */
import type { EventDefinition } from '../../src/events/model';
import type { AdrIndexData, EventPageData } from '../../src/reference-data';
import { eventSlug, NEXT, SCHEMA_INDEX_PATH, SITE_URL } from '../../src/site';
import { AvroMappingError, eventAvroSchema, isValidAvroNamespace, type AvroRecord } from './avro';
import { changeData, compatibility, type Compatibility } from './compatibility';
import { loadReleases } from './releases';
import {
  latestAliasOutputs,
  readFrozenSchemaSet,
  schemaSetOutputs,
  staticFile,
  type EventSchemas,
  type FrozenSchemaSet,
} from './schema-set';
import { loadAdrs } from './adr-source';
import { checkCatalog } from './checks';
import { loadEvents } from './event-source';
import { fieldTree, type FieldNode } from './field-model';
import { eventJsonSchema, GENERATED_NOTE, JSON_SCHEMA_DIALECT } from './json-schema';
import { changelogOutputs } from './render/changelog-page';
import { jsonText, type Outputs } from './outputs';
import { SourceProblems, type Problem } from './problems';
import { catalogData, catalogPageMdx } from './render/catalog-page';
import { dataTypes } from './data-types';
import { dataTypeOutputs } from './render/data-type-page';
import { envelopeJsonSchema, envelopePageOutputs } from './render/envelope-page';
import { knownIssuesPageMdx } from './render/known-issues-page';
import { eventPageMdx } from './render/event-page';
import { adrIndexData, adrRefs, eventPageData } from './views';

/**
 * The Avro schema of an event, or why it has none: upstream cannot send it
 * (a declared exception), or a type has no Avro form (a problem to report).
 */
function avroFor(event: EventDefinition, fields: FieldNode[], file: string, problems: Problem[]): AvroRecord | { unavailable: string } {
  const excused = (event.exceptions ?? []).find((x) => x.rule === 'event-bus-serializable');
  if (excused) return { unavailable: excused.reason };
  try {
    return eventAvroSchema(event, fields);
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

/** Everything the generator knows once the sources are checked: what the CLIs and the renderers start from. */
export interface Catalog {
  events: Array<EventSchemas & { file: string; page: EventPageData }>;
  releases: string[];
  frozen: FrozenSchemaSet[];
  compat: Compatibility;
  adrIndex: AdrIndexData;
}

/**
 * Loads and checks every source, the frozen releases included, and computes
 * each event's schemas; throws SourceProblems with every problem found. The
 * compatibility with the releases is left to the caller.
 */
export async function loadSchemas(root: string) {
  const problems: Problem[] = [];
  const adrs = loadAdrs(root, problems);
  const releases = loadReleases(root, problems);
  const frozen = releases.flatMap((r) => readFrozenSchemaSet(root, r, problems) ?? []);
  const sources = await loadEvents(root);
  const checked = sources.map((source) => {
    const schema = eventJsonSchema(source.definition);
    return { ...source, schema, fields: fieldTree(schema) };
  });
  problems.push(...checkCatalog(checked, adrs));
  const avro = new Map(checked.map((e) => [e.definition.signal, avroFor(e.definition, e.fields, e.file, problems)]));
  if (problems.length) throw new SourceProblems(problems);

  checked.sort((a, b) => a.definition.eventType.localeCompare(b.definition.eventType));
  const schemas = checked.map((e) => {
    const record = avro.get(e.definition.signal)!;
    return { ...e, avro: 'unavailable' in record ? null : record, avroView: record };
  });
  return { adrs, releases, frozen, checked, schemas };
}

/** Loads and checks every source, and refuses a change that breaks the consumers of a release. */
export async function loadCatalog(root: string): Promise<Catalog> {
  const { adrs, releases, frozen, checked, schemas } = await loadSchemas(root);
  const compat = compatibility(schemas, frozen);
  if (compat.problems.length) throw new SourceProblems(compat.problems);

  const adrRef = adrRefs(adrs);
  const events = schemas.map((e) => {
    const avroView: EventPageData['avro'] =
      'unavailable' in e.avroView ? e.avroView : { validNamespace: isValidAvroNamespace(e.avroView.namespace!) };
    const schemaChanges = compat.latest
      ? { since: compat.latest, changes: (compat.unreleased.get(e.definition.eventType) ?? []).map(changeData) }
      : null;
    const page = eventPageData(e, adrRef, avroView, schemaChanges);
    return { definition: e.definition, schema: e.schema, avro: e.avro, file: e.file, page };
  });
  return { events, releases, frozen, compat, adrIndex: adrIndexData(adrs, checked) };
}

export async function generate(root: string): Promise<Outputs> {
  return renderOutputs(await loadCatalog(root));
}

/** Every generated file of a loaded catalog. */
export function renderOutputs(catalog: Catalog): Outputs {
  const { events, releases, frozen } = catalog;
  const outputs: Outputs = new Map();
  const pages = events.map((e) => e.page);

  for (const { definition, page, file } of events) {
    const dir = `docs/events/${page.domain}/${page.subject}`;
    const slug = eventSlug(definition.signal);
    outputs.set(`${dir}/${slug}.data.json`, jsonText(page));
    outputs.set(`${dir}/${slug}.mdx`, eventPageMdx(page, file, definition.examples[0]));
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
  const envelope = envelopeJsonSchema();
  for (const [file, content] of envelopePageOutputs(envelope)) outputs.set(file, content);
  for (const [file, content] of dataTypeOutputs(dataTypes(events.map((e) => e.definition)))) outputs.set(file, content);
  outputs.set('docs/events/catalog.data.json', jsonText(catalogData(pages)));
  for (const [file, content] of changelogOutputs(catalog.adrIndex, pages, catalog.compat)) outputs.set(file, content);

  const next = schemaSetOutputs(events, envelope, NEXT);
  for (const [file, content] of next.files) outputs.set(file, content);
  if (frozen.length) for (const [file, content] of latestAliasOutputs(frozen[0])) outputs.set(file, content);
  outputs.set(
    staticFile(SCHEMA_INDEX_PATH),
    jsonText({
      $comment: GENERATED_NOTE,
      site: SITE_URL,
      dialect: JSON_SCHEMA_DIALECT,
      latest: releases[0] ?? null,
      versions: [next.manifest, ...frozen.map((f) => f.manifest)],
    }),
  );
  outputs.set('adr/_generated/adrs.json', jsonText(catalog.adrIndex));
  return new Map([...outputs].sort(([a], [b]) => a.localeCompare(b)));
}
