/**
 * A schema set for every openedx-events release, derived from the replayed
 * histories (scripts/lib/release-history.ts): `/schemas/<release>/`, in the
 * format of every set (manifest, JSON Schemas, Avro, envelope, bundle,
 * archive). Releases cut on this site (`npm run release`) keep their frozen
 * files instead.
 *
 * The files are not committed (87 sets): they are written to a folder that
 * git ignores and Docusaurus serves as static files, and frozen by a committed
 * lock of their hashes. Any change to a byte of a locked set is refused,
 * naming the release and the file: a correction of a history is reviewed and
 * relocked with `npm run lock-schemas`.
 *
 * Field descriptions are the site's prose and keep improving; a derived set
 * leaves them out, so its bytes depend on the contract alone.
 */
import { z } from 'zod';
import { UPSTREAM_RELEASES } from '../../src/events/releases';
import { compareReleases } from './history-replay';
import { parseJson } from '../../src/json-file';
import { RELEASE_SETS_DIR, schemaDir } from '../../src/site';
import { withoutKeywords, type JsonSchema } from './json-schema';
import type { Outputs } from './outputs';
import type { Problem } from './problems';
import type { ReleaseHistory } from './release-history';
import { compareText } from './sorting';
import { schemaSetOutputsAsync, sha256, type EventSchemas, type SchemaSetManifest } from './schema-set';

export { RELEASE_SETS_DIR };

/** The committed hashes of every file of every derived set. */
export const SCHEMA_LOCK_FILE = 'src/events/schema-sets.lock.json';

/** The site's prose in a schema, which a derived set leaves out. */
const PROSE: ReadonlySet<string> = new Set(['description', 'examples']);
const withoutProse = (node: unknown) => withoutKeywords(node, PROSE);

/** The event's schemas at a release as a derived set publishes them: the contract, one fixed sentence of prose. */
function derivedSchemas(history: ReleaseHistory, signal: string, release: string): EventSchemas | null {
  const at = history.eventAt(signal, release);
  if (!at) return null;
  const { $schema, $id, $comment, title, ...body } = withoutProse(at.json) as JsonSchema;
  const schema: JsonSchema = {
    $schema,
    $id,
    $comment,
    title,
    description: `The data of ${signal} (${at.definition.eventType}) as openedx-events ${release} defines it, derived from this site's history of the event.`,
    ...body,
  };
  return { definition: at.definition, schema, avro: at.avro };
}

/**
 * Upstream gave one event type to two signals in some releases (the forum
 * response and comment events, 8.9.0 to 9.15.0). A set has one file per event
 * type: both signals' entries point to it, and it says so. Their data must be
 * the same, which is checked here rather than assumed.
 */
function sharedEventTypes(events: EventSchemas[], release: string): EventSchemas[] {
  const byType = new Map<string, EventSchemas[]>();
  for (const e of events) byType.set(e.definition.eventType, [...(byType.get(e.definition.eventType) ?? []), e]);
  return events.map((e) => {
    const group = byType.get(e.definition.eventType)!;
    if (group.length === 1) return e;
    const [first, ...rest] = [...group].sort((a, b) => compareText(a.definition.signal, b.definition.signal));
    const contract = (x: EventSchemas) => JSON.stringify({ ...x.schema, title: null, description: null });
    for (const other of rest) {
      if (contract(other) !== contract(first)) {
        throw new Error(
          `${release}: ${first.definition.signal} and ${other.definition.signal} share ${e.definition.eventType} but not their data`,
        );
      }
    }
    const signals = group.map((x) => x.definition.signal).sort(compareText);
    const description = `The data of ${signals.join(' and ')}, which openedx-events ${release} gives one event type, ${e.definition.eventType} (a known issue upstream), derived from this site's history of the events.`;
    return { ...e, schema: { ...first.schema, description }, avro: first.avro };
  });
}

/** A file of a derived set, from `static/schemas/...` to the ignored folder. */
function derivedPath(file: string): string {
  return `${RELEASE_SETS_DIR}/${file.slice('static/'.length)}`;
}

export interface DerivedSet {
  release: string;
  manifest: SchemaSetManifest;
  /** Path under RELEASE_SETS_DIR → content. */
  files: Outputs;
  archive: { path: string; sha256: string };
}

/**
 * The releases whose sets are derived: every upstream release up to the
 * newest one cut on this site, except those cut. A release after it is still
 * Next's to document, until `npm run release` cuts it.
 */
export function derivedReleases(cut: string[]): string[] {
  const newestCut = [...cut].sort(compareReleases).at(-1);
  return UPSTREAM_RELEASES.map((r) => r.release).filter(
    (r) => !cut.includes(r) && (newestCut === undefined || compareReleases(r, newestCut) < 0),
  );
}

/**
 * Every derived set, oldest first (see derivedReleases). The sets are built
 * at once; their archives are compressed on the thread pool, so the caller
 * may go on with other work before awaiting them.
 */
export function derivedSets(history: ReleaseHistory, envelope: JsonSchema, cut: string[]): Promise<DerivedSet[]> {
  const envelopeWithoutProse = withoutProse(envelope) as JsonSchema;
  return Promise.all(
    derivedReleases(cut).map(async (release) => {
      const events = sharedEventTypes(
        [...history.events.keys()].flatMap((signal) => derivedSchemas(history, signal, release) ?? []),
        release,
      );
      const set = await schemaSetOutputsAsync(events, envelopeWithoutProse, release, 6);
      return { release, manifest: set.manifest, files: new Map([...set.files].map(([f, c]) => [derivedPath(f), c])), archive: set.archive };
    }),
  );
}

/** The lock: for each derived release, each file (relative to the set's folder) and its sha256. */
const lockShape = z.object({ $comment: z.string(), releases: z.record(z.record(z.string())) });
export type SchemaLock = z.infer<typeof lockShape>;

function setFolder(release: string): string {
  return `${RELEASE_SETS_DIR}${schemaDir(release)}`;
}

/** The lock of a list of derived sets. */
export function lockOf(sets: DerivedSet[]): SchemaLock {
  return {
    $comment:
      'sha256 of every file of the schema sets derived from the event histories (scripts/lib/release-sets.ts). ' +
      'The generator refuses a set that differs; after a reviewed correction of a history, `npm run lock-schemas` rewrites this file.',
    releases: Object.fromEntries(
      sets.map((set) => {
        const folder = setFolder(set.release);
        return [set.release, Object.fromEntries([...set.files].map(([file, content]) => [file.slice(folder.length), sha256(content)]))];
      }),
    ),
  };
}

export function parseLock(text: string): SchemaLock {
  return parseJson(SCHEMA_LOCK_FILE, text, lockShape);
}

/** Every file whose bytes differ from the lock, and every release or file the lock lacks or has in excess. */
export function lockProblems(sets: DerivedSet[], lock: SchemaLock): Problem[] {
  const problems: Problem[] = [];
  const relock = 'a derived set must not change: fix the history, or, after review, run `npm run lock-schemas`';
  const current = lockOf(sets).releases;
  for (const [release, files] of Object.entries(current)) {
    const locked = lock.releases[release];
    if (!locked) {
      problems.push({ file: SCHEMA_LOCK_FILE, message: `release ${release} has no locked hashes: run \`npm run lock-schemas\`` });
      continue;
    }
    for (const [file, hash] of Object.entries(files)) {
      if (locked[file] === undefined) problems.push({ file: SCHEMA_LOCK_FILE, message: `release ${release}: ${file} is new; ${relock}` });
      else if (locked[file] !== hash)
        problems.push({ file: SCHEMA_LOCK_FILE, message: `release ${release}: ${file} differs from its locked sha256; ${relock}` });
    }
    for (const file of Object.keys(locked)) {
      if (files[file] === undefined)
        problems.push({ file: SCHEMA_LOCK_FILE, message: `release ${release}: ${file} is locked but no longer derived; ${relock}` });
    }
  }
  for (const release of Object.keys(lock.releases)) {
    if (!current[release]) problems.push({ file: SCHEMA_LOCK_FILE, message: `release ${release} is locked but not derived; ${relock}` });
  }
  return problems;
}
