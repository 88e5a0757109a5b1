/**
 * A schema set: the downloadable files of one channel (`next`, or a release
 * such as `11.2.0`) under `static/schemas/<channel>/`, and its manifest
 * `index.json` that lists each file with its sha256.
 *
 * `next` is written by every `npm run generate`. A release's set is written
 * once, by `npm run release`, and is frozen from then on: the generator reads
 * it, checks it against its manifest, and never writes it again.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { EventDefinition } from '../../src/events/model';
import { JsonFileError, parseJson } from '../../src/json-file';
import {
  avroSchemaPath,
  BUNDLE_SCHEMA_NAME,
  bundleSchemaPath,
  ENVELOPE_SCHEMA_NAME,
  envelopeSchemaPath,
  LATEST,
  NEXT,
  schemaArchivePath,
  schemaDir,
  schemaId,
  schemaPath,
  type SchemaChannel,
} from '../../src/site';
import { avroRecordShape, type AvroRecord } from './avro';
import type { SetEvent } from './schema-changes';
import { eventTypeParts } from './event-type';
import { listFiles } from './files';
import { GENERATED_NOTE, JSON_SCHEMA_DIALECT, jsonSchemaShape, type JsonSchema } from './json-schema';
import { jsonText, type Outputs } from './outputs';
import type { Problem } from './problems';
import { FROZEN_SCHEMAS_DIR } from './releases';
import { compareText } from './sorting';
import { tarGz, tarGzAsync, type GzipLevel } from './tar';

export function sha256(content: string | Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

/** A file of a set as its manifest lists it: its site path, its `$id` (JSON Schemas), its sha256. */
const fileEntry = z.object({ schema: z.string(), id: z.string().optional(), sha256: z.string() });

const schemaSetEntry = z.object({
  signal: z.string(),
  eventType: z.string(),
  domain: z.string(),
  deprecated: z.boolean(),
  schema: z.string(),
  id: z.string().optional(),
  sha256: z.string(),
  avro: z.string().nullable(),
  avroSha256: z.string().nullable(),
  /** Next's manifest only: who sends and who receives the event in public code today, each with its source. */
  producers: z.array(z.object({ repository: z.string(), service: z.string(), source: z.string(), confidence: z.string() })).optional(),
  consumers: z
    .array(z.object({ repository: z.string(), service: z.string(), kind: z.string(), source: z.string(), confidence: z.string() }))
    .optional(),
});

/**
 * A schema set's manifest, `index.json`: every file of the set with its site
 * path and sha256. (Manifests written before the bundle existed have no
 * `bundle` and no `id`s, and give absolute URLs: `npm run diff` still reads them.)
 */
export const schemaSetManifest = z.object({
  $comment: z.string(),
  version: z.string(),
  dialect: z.string(),
  envelope: fileEntry,
  bundle: fileEntry.optional(),
  events: z.array(schemaSetEntry),
});

export type SchemaSetEntry = z.infer<typeof schemaSetEntry>;
export type SchemaSetManifest = z.infer<typeof schemaSetManifest>;

/** The schemas of one event, as the generator computed them from its definition. */
export interface EventSchemas {
  definition: EventDefinition;
  schema: JsonSchema;
  /** null when the event has no Avro form (see the page for why). */
  avro: AvroRecord | null;
}

/** Where a URL path under the site is stored in the repository. */
export function staticFile(urlPath: string): string {
  return `static${urlPath}`;
}

/** A JSON Schema with another `$id` (the key keeps its place). */
function withId(schema: JsonSchema, id: string): JsonSchema {
  return Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, k === '$id' ? id : v]));
}

/**
 * Every event and data class of a set in one document: the classes under their
 * names, each event under its title and the envelope as `EventEnvelope`, all
 * referring to each other within the document.
 */
function bundleSchema(schemas: JsonSchema[], envelope: JsonSchema, channel: SchemaChannel): JsonSchema {
  const definitions = new Map<string, JsonSchema>();
  for (const schema of [...schemas, envelope]) {
    const { $schema: _s, $id: _i, $comment: _c, definitions: classes, ...body } = schema;
    for (const [name, definition] of Object.entries(classes ?? {})) definitions.set(name, definition);
    definitions.set(String(body.title), body);
  }
  return {
    $schema: JSON_SCHEMA_DIALECT,
    $id: schemaId(BUNDLE_SCHEMA_NAME, channel),
    $comment: GENERATED_NOTE,
    title: `OpenedxEvents${channel === NEXT ? 'Next' : ''}`,
    description: `Every event payload of openedx-events (${channel}) and the data classes they are made of, as definitions: one document to generate types from.`,
    definitions: Object.fromEntries([...definitions].sort(([a], [b]) => compareText(a, b))),
  };
}

/** The archive's entries: every file of a set, under one folder named after the set, sorted. */
function archiveEntries(files: Outputs, channel: SchemaChannel): Array<[string, string | Buffer]> {
  const prefix = staticFile(schemaDir(channel));
  const folder = `openedx-events-schemas-${channel}/`;
  return [...files].sort(([a], [b]) => compareText(a, b)).map(([file, content]) => [folder + file.slice(prefix.length), content]);
}

/** The archive of a set: every file of it, under one folder named after the set. */
export function schemaArchive(files: Outputs, channel: SchemaChannel, level: GzipLevel = 9): Buffer {
  return tarGz(archiveEntries(files, channel), level);
}

/** A set with its archive beside its files, as written. */
export interface SchemaSetOutputs {
  files: Outputs;
  manifest: SchemaSetManifest;
  archive: { path: string; sha256: string };
}

function withArchive(set: Pick<SchemaSetOutputs, 'files' | 'manifest'>, channel: SchemaChannel, archive: Buffer): SchemaSetOutputs {
  const files: Outputs = new Map(set.files);
  files.set(staticFile(schemaArchivePath(channel)), archive);
  return { files, manifest: set.manifest, archive: { path: schemaArchivePath(channel), sha256: sha256(archive) } };
}

/** Every file of a channel, its manifest included, ready to write; the archive of them all beside. */
export function schemaSetOutputs(events: EventSchemas[], envelope: JsonSchema, channel: SchemaChannel): SchemaSetOutputs {
  const set = schemaSetFiles(events, envelope, channel);
  return withArchive(set, channel, schemaArchive(set.files, channel));
}

/** The same as schemaSetOutputs, the archive compressed on the thread pool at `archiveLevel` (scripts/lib/tar.ts). */
export async function schemaSetOutputsAsync(
  events: EventSchemas[],
  envelope: JsonSchema,
  channel: SchemaChannel,
  archiveLevel: GzipLevel,
): Promise<SchemaSetOutputs> {
  const set = schemaSetFiles(events, envelope, channel);
  return withArchive(set, channel, await tarGzAsync(archiveEntries(set.files, channel), archiveLevel));
}

/**
 * Who sends and receives an event, for Next's manifest: facts about today's
 * public code, which a release's frozen or derived set does not carry.
 */
function codeOf(definition: EventDefinition): Pick<SchemaSetEntry, 'producers' | 'consumers'> {
  return {
    producers: definition.producers.map((p) => ({
      repository: p.repository,
      service: p.service,
      source: p.source.url,
      confidence: p.source.confidence,
    })),
    consumers: definition.consumers.map((c) => ({
      repository: c.repository,
      service: c.service,
      kind: c.kind,
      source: c.source.url,
      confidence: c.source.confidence,
    })),
  };
}

/** Every file of a channel but its archive, its manifest included. */
function schemaSetFiles(
  events: EventSchemas[],
  envelope: JsonSchema,
  channel: SchemaChannel,
): Pick<SchemaSetOutputs, 'files' | 'manifest'> {
  const files: Outputs = new Map();
  const entries: SchemaSetEntry[] = [];
  const schemas: JsonSchema[] = [];
  for (const { definition, schema, avro } of [...events].sort((a, b) => compareText(a.definition.eventType, b.definition.eventType))) {
    const id = schemaId(definition.eventType, channel);
    const identified = withId(schema, id);
    schemas.push(identified);
    const text = jsonText(identified);
    files.set(staticFile(schemaPath(definition.eventType, channel)), text);
    let avroPath: string | null = null;
    let avroSha: string | null = null;
    if (avro) {
      const avroText = jsonText(avro);
      avroPath = avroSchemaPath(definition.eventType, channel);
      files.set(staticFile(avroPath), avroText);
      avroSha = sha256(avroText);
    }
    entries.push({
      signal: definition.signal,
      eventType: definition.eventType,
      domain: eventTypeParts(definition.eventType).domain,
      deprecated: definition.deprecated ?? false,
      schema: schemaPath(definition.eventType, channel),
      id,
      sha256: sha256(text),
      avro: avroPath,
      avroSha256: avroSha,
      ...(channel === NEXT ? codeOf(definition) : {}),
    });
  }
  const envelopeId = schemaId(ENVELOPE_SCHEMA_NAME, channel);
  const envelopeText = jsonText(withId(envelope, envelopeId));
  files.set(staticFile(envelopeSchemaPath(channel)), envelopeText);
  const bundleText = jsonText(bundleSchema(schemas, withId(envelope, envelopeId), channel));
  files.set(staticFile(bundleSchemaPath(channel)), bundleText);
  const manifest: SchemaSetManifest = {
    $comment: GENERATED_NOTE,
    version: channel,
    dialect: JSON_SCHEMA_DIALECT,
    envelope: { schema: envelopeSchemaPath(channel), id: envelopeId, sha256: sha256(envelopeText) },
    bundle: { schema: bundleSchemaPath(channel), id: schemaId(BUNDLE_SCHEMA_NAME, channel), sha256: sha256(bundleText) },
    events: entries,
  };
  files.set(staticFile(`${schemaDir(channel)}index.json`), jsonText(manifest));
  return { files, manifest };
}

/** A manifest's path or URL (`/schemas/11.2.0/x.json`, or an absolute URL in older manifests) → the file under `static/`. */
export function fileOfUrl(url: string): string {
  return staticFile(new URL(url, 'file:///').pathname);
}

/** A frozen release's schemas as they are on disk, checked against its manifest. */
export interface FrozenSchemaSet {
  release: string;
  manifest: SchemaSetManifest;
  /** Path (relative to the root) → content, every file of the set. */
  files: Map<string, string>;
  /** The set's archive, when it has one (sets frozen before archives existed do not), with its sha256. */
  archive: { path: string; sha256: string } | null;
}

/**
 * Reads a frozen release and reports every file that is missing, extra, or
 * whose sha256 differs from the release's manifest: frozen files are never
 * rewritten, so any difference is an accident to undo. The archive is checked
 * by making it again from the set's files: the same files give the same bytes.
 */
export function readFrozenSchemaSet(root: string, release: string, problems: Problem[]): FrozenSchemaSet | null {
  const dir = `${FROZEN_SCHEMAS_DIR}/${release}`;
  const manifestFile = `${dir}/index.json`;
  const restore = `frozen files are never rewritten: restore it with \`git checkout -- ${dir}\``;
  if (!fs.existsSync(path.join(root, manifestFile))) {
    problems.push({ file: manifestFile, message: `the manifest of frozen release ${release} is missing` });
    return null;
  }
  const manifestText = fs.readFileSync(path.join(root, manifestFile), 'utf8');
  let manifest: SchemaSetManifest;
  try {
    manifest = parseJson(manifestFile, manifestText, schemaSetManifest);
  } catch (error) {
    if (!(error instanceof JsonFileError)) throw error;
    problems.push({ file: manifestFile, message: `${error.reason}; ${restore}` });
    return null;
  }
  const files = new Map<string, string>([[manifestFile, manifestText]]);
  const expected = new Map<string, string>();
  for (const entry of [manifest.envelope, ...(manifest.bundle ? [manifest.bundle] : [])])
    expected.set(fileOfUrl(entry.schema), entry.sha256);
  for (const e of manifest.events) {
    expected.set(fileOfUrl(e.schema), e.sha256);
    if (e.avro && e.avroSha256) expected.set(fileOfUrl(e.avro), e.avroSha256);
  }
  for (const [file, hash] of expected) {
    if (!file.startsWith(`${dir}/`)) {
      problems.push({ file: manifestFile, message: `lists ${file}, outside the release's folder; ${restore}` });
      continue;
    }
    const abs = path.join(root, file);
    if (!fs.existsSync(abs)) {
      problems.push({ file, message: `is listed in ${manifestFile} but missing; ${restore}` });
      continue;
    }
    const text = fs.readFileSync(abs, 'utf8');
    if (sha256(text) !== hash) problems.push({ file, message: `differs from the sha256 in ${manifestFile}; ${restore}` });
    files.set(file, text);
  }
  const archiveFile = staticFile(schemaArchivePath(release));
  let archive: FrozenSchemaSet['archive'] = null;
  if (manifest.bundle && fs.existsSync(path.join(root, archiveFile))) {
    const bytes = fs.readFileSync(path.join(root, archiveFile));
    if (!bytes.equals(schemaArchive(files, release)))
      problems.push({ file: archiveFile, message: `is not the archive of the release's files; ${restore}` });
    archive = { path: schemaArchivePath(release), sha256: sha256(bytes) };
  } else if (manifest.bundle) {
    problems.push({ file: archiveFile, message: `is missing; ${restore}` });
  }
  for (const file of listFiles(root, dir)) {
    if (!files.has(file) && file !== archiveFile)
      problems.push({ file, message: `is not part of frozen release ${release} (not in ${manifestFile}); remove it` });
  }
  return { release, manifest, files, archive };
}

/**
 * The root of `/schemas/`: the newest release's files under their root URLs,
 * each JSON Schema with the `latest` id (`urn:…:latest:…`), so that the alias
 * and its pinned copy can be loaded side by side. Its manifest and archive
 * stay with the release.
 */
export function latestAliasOutputs(latest: FrozenSchemaSet): Outputs {
  const prefix = `${FROZEN_SCHEMAS_DIR}/${latest.release}/`;
  const outputs: Outputs = new Map();
  const pinned = `${schemaId('', latest.release)}`;
  for (const [file, text] of latest.files) {
    if (file === `${prefix}index.json`) continue;
    const alias = `${FROZEN_SCHEMAS_DIR}/${file.slice(prefix.length)}`;
    // A record keeps the keys in their order, so the alias differs from the pinned file by its `$id` alone.
    const schema = file.endsWith('.json') ? parseJson(file, text, z.record(z.unknown())) : null;
    const id = schema?.$id;
    if (schema && typeof id === 'string' && id.startsWith(pinned)) {
      outputs.set(alias, jsonText(withId(schema, schemaId(id.slice(pinned.length), LATEST))));
    } else {
      outputs.set(alias, text);
    }
  }
  return outputs;
}

/** The events of a schema set as the compatibility rules compare them. */
export function setEventsOfManifest(manifest: SchemaSetManifest, read: (file: string) => string): SetEvent[] {
  return manifest.events.map((e) => ({
    signal: e.signal,
    eventType: e.eventType,
    deprecated: e.deprecated ?? false,
    schemas: {
      json: parseJson(fileOfUrl(e.schema), read(fileOfUrl(e.schema)), jsonSchemaShape),
      avro: e.avro ? parseJson(fileOfUrl(e.avro), read(fileOfUrl(e.avro)), avroRecordShape) : null,
    },
  }));
}

export function setEventsOfDefinitions(events: EventSchemas[]): SetEvent[] {
  return events.map(({ definition, schema, avro }) => ({
    signal: definition.signal,
    eventType: definition.eventType,
    deprecated: definition.deprecated ?? false,
    schemas: { json: schema, avro },
  }));
}
