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
import { avroSchemaPath, envelopeSchemaPath, schemaDir, schemaPath, SITE_URL, type SchemaChannel } from '../../src/site';
import { avroRecordShape, type AvroRecord } from './avro';
import type { SetEvent } from './schema-changes';
import { eventTypeParts } from './event-type';
import { listFiles } from './files';
import { GENERATED_NOTE, JSON_SCHEMA_DIALECT, jsonSchemaShape, type JsonSchema } from './json-schema';
import { jsonText, type Outputs } from './outputs';
import type { Problem } from './problems';
import { FROZEN_SCHEMAS_DIR } from './releases';
import { compareText } from './sorting';

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

const schemaSetEntry = z.object({
  signal: z.string(),
  eventType: z.string(),
  domain: z.string(),
  deprecated: z.boolean(),
  schema: z.string(),
  sha256: z.string(),
  avro: z.string().nullable(),
  avroSha256: z.string().nullable(),
});

/** A schema set's manifest, `index.json`: every file of the set with its URL and sha256. */
export const schemaSetManifest = z.object({
  $comment: z.string(),
  version: z.string(),
  dialect: z.string(),
  envelope: z.object({ schema: z.string(), sha256: z.string() }),
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

/** A JSON Schema whose `$id` is its URL in `channel` (the key keeps its place). */
function withId(schema: JsonSchema, url: string): JsonSchema {
  return Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, k === '$id' ? url : v]));
}

/** Every file of a channel, its manifest included, ready to write. */
export function schemaSetOutputs(
  events: EventSchemas[],
  envelope: JsonSchema,
  channel: SchemaChannel,
): { files: Outputs; manifest: SchemaSetManifest } {
  const files: Outputs = new Map();
  const entries: SchemaSetEntry[] = [];
  for (const { definition, schema, avro } of [...events].sort((a, b) => compareText(a.definition.eventType, b.definition.eventType))) {
    const url = `${SITE_URL}${schemaPath(definition.eventType, channel)}`;
    const text = jsonText(withId(schema, url));
    files.set(staticFile(schemaPath(definition.eventType, channel)), text);
    let avroUrl: string | null = null;
    let avroSha: string | null = null;
    if (avro) {
      const avroText = jsonText(avro);
      files.set(staticFile(avroSchemaPath(definition.eventType, channel)), avroText);
      avroUrl = `${SITE_URL}${avroSchemaPath(definition.eventType, channel)}`;
      avroSha = sha256(avroText);
    }
    entries.push({
      signal: definition.signal,
      eventType: definition.eventType,
      domain: eventTypeParts(definition.eventType).domain,
      deprecated: definition.deprecated ?? false,
      schema: url,
      sha256: sha256(text),
      avro: avroUrl,
      avroSha256: avroSha,
    });
  }
  const envelopeUrl = `${SITE_URL}${envelopeSchemaPath(channel)}`;
  const envelopeText = jsonText(withId(envelope, envelopeUrl));
  files.set(staticFile(envelopeSchemaPath(channel)), envelopeText);
  const manifest: SchemaSetManifest = {
    $comment: GENERATED_NOTE,
    version: channel,
    dialect: JSON_SCHEMA_DIALECT,
    envelope: { schema: envelopeUrl, sha256: sha256(envelopeText) },
    events: entries,
  };
  files.set(staticFile(`${schemaDir(channel)}index.json`), jsonText(manifest));
  return { files, manifest };
}

/** `https://…/schemas/11.2.0/x.json` → `static/schemas/11.2.0/x.json`. */
export function fileOfUrl(url: string): string {
  return staticFile(url.slice(SITE_URL.length));
}

/** A frozen release's schemas as they are on disk, checked against its manifest. */
export interface FrozenSchemaSet {
  release: string;
  manifest: SchemaSetManifest;
  /** Path (relative to the root) → content, every file of the set. */
  files: Map<string, string>;
}

/**
 * Reads a frozen release and reports every file that is missing, extra, or
 * whose sha256 differs from the release's manifest: frozen files are never
 * rewritten, so any difference is an accident to undo.
 */
export function readFrozenSchemaSet(root: string, release: string, problems: Problem[]): FrozenSchemaSet | null {
  const dir = `${FROZEN_SCHEMAS_DIR}/${release}`;
  const manifestFile = `${dir}/index.json`;
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
    problems.push({
      file: manifestFile,
      message: `${error.reason}; frozen files are never rewritten: restore it with \`git checkout -- ${dir}\``,
    });
    return null;
  }
  const files = new Map<string, string>([[manifestFile, manifestText]]);
  const expected = new Map<string, string>([[fileOfUrl(manifest.envelope.schema), manifest.envelope.sha256]]);
  for (const e of manifest.events) {
    expected.set(fileOfUrl(e.schema), e.sha256);
    if (e.avro && e.avroSha256) expected.set(fileOfUrl(e.avro), e.avroSha256);
  }
  const restore = `frozen files are never rewritten: restore it with \`git checkout -- ${dir}\``;
  for (const [file, hash] of expected) {
    const abs = path.join(root, file);
    if (!fs.existsSync(abs)) {
      problems.push({ file, message: `is listed in ${manifestFile} but missing; ${restore}` });
      continue;
    }
    const text = fs.readFileSync(abs, 'utf8');
    if (sha256(text) !== hash) problems.push({ file, message: `differs from the sha256 in ${manifestFile}; ${restore}` });
    files.set(file, text);
  }
  for (const file of listFiles(root, dir)) {
    if (!files.has(file)) problems.push({ file, message: `is not part of frozen release ${release} (not in ${manifestFile}); remove it` });
  }
  return { release, manifest, files };
}

/** The root of `/schemas/`: a copy of the newest release's files, under their root URLs. */
export function latestAliasOutputs(latest: FrozenSchemaSet): Outputs {
  const prefix = `${FROZEN_SCHEMAS_DIR}/${latest.release}/`;
  const outputs: Outputs = new Map();
  for (const [file, text] of latest.files) {
    if (file === `${prefix}index.json`) continue;
    outputs.set(`${FROZEN_SCHEMAS_DIR}/${file.slice(prefix.length)}`, text);
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
