/**
 * The schema sets a consuming team downloads, as they lie in static/schemas/:
 * each folder with an index.json (`next` and every release) and the latest
 * alias (static/schemas/ itself). Files are found on disk, never through the
 * manifest's layout, so the consumer tests read any format of the set.
 */
import fs from 'node:fs';
import path from 'node:path';
import { LATEST_RELEASE } from './releases';
import { ROOT } from './temp-site';

export const SCHEMAS_DIR = path.join(ROOT, 'static', 'schemas');

/** Files of a set that are not the schema of one event. */
const NOT_EVENT_FILES = new Set(['index.json', 'envelope.json', 'bundle.json']);

/** The parts of a JSON Schema document the consumer tests read. */
export interface SchemaDocument {
  $id?: string;
  title?: string;
  examples?: unknown[];
  definitions?: Record<string, SchemaDocument>;
  [keyword: string]: unknown;
}

export interface EventSchemaFile {
  eventType: string;
  /** Absolute path of `<event type>.json`. */
  file: string;
  schema: SchemaDocument;
  /** The event's example payloads, from the schema's `examples`. */
  examples: unknown[];
}

export interface SchemaSet {
  /** `latest` for the alias, else the folder's name (`next`, `11.2.0`). */
  channel: string;
  dir: string;
  events: EventSchemaFile[];
  envelope: SchemaDocument;
  /** `bundle.json` and its path, when the set has one. */
  bundle: SchemaDocument | undefined;
  bundleFile: string | undefined;
  /** Absolute paths of `avro/*.avsc`. */
  avroFiles: string[];
}

export function readJson<T = SchemaDocument>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

function readSet(channel: string, dir: string): SchemaSet {
  const events = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.json') && !NOT_EVENT_FILES.has(name))
    .sort()
    .map((name): EventSchemaFile => {
      const file = path.join(dir, name);
      const schema = readJson(file);
      return { eventType: name.slice(0, -'.json'.length), file, schema, examples: schema.examples ?? [] };
    });
  const bundleFile = path.join(dir, 'bundle.json');
  const avroDir = path.join(dir, 'avro');
  return {
    channel,
    dir,
    events,
    envelope: readJson(path.join(dir, 'envelope.json')),
    bundle: fs.existsSync(bundleFile) ? readJson(bundleFile) : undefined,
    bundleFile: fs.existsSync(bundleFile) ? bundleFile : undefined,
    avroFiles: fs.existsSync(avroDir)
      ? fs
          .readdirSync(avroDir)
          .filter((name) => name.endsWith('.avsc'))
          .sort()
          .map((name) => path.join(avroDir, name))
      : [],
  };
}

/** Every set on disk: the latest alias first, then each folder with an index.json. */
export function schemaSets(): SchemaSet[] {
  const folders = fs
    .readdirSync(SCHEMAS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(SCHEMAS_DIR, entry.name, 'index.json')))
    .map((entry) => entry.name)
    .sort();
  return [readSet('latest', SCHEMAS_DIR), ...folders.map((name) => readSet(name, path.join(SCHEMAS_DIR, name)))];
}

/** The release folder the latest alias copies (versions.json's first entry). */
export function pinnedOfLatest(sets: SchemaSet[]): SchemaSet {
  const pinned = sets.find((set) => set.channel === LATEST_RELEASE);
  if (!pinned) throw new Error(`no schema set for the latest release ${LATEST_RELEASE}`);
  return pinned;
}

/** An event's definition in the bundle, which holds each event under its title. */
export function bundleDefinition(bundle: SchemaDocument, event: EventSchemaFile): SchemaDocument | undefined {
  return event.schema.title === undefined ? undefined : bundle.definitions?.[event.schema.title];
}
