/**
 * The downloadable schemas: Next's schema set (written by every run), the
 * latest alias (the newest frozen release at `/schemas/`), and the index of
 * every set (`/schemas/index.json`): each set's manifest and its archive.
 */
import { NEXT, SCHEMA_INDEX_PATH, schemaDir } from '../../../src/site';
import type { Catalog } from '../catalog';
import { envelopeJsonSchema, GENERATED_NOTE, JSON_SCHEMA_DIALECT } from '../json-schema';
import { jsonText, type Outputs } from '../outputs';
import { latestAliasOutputs, schemaSetOutputs, sha256, staticFile } from '../schema-set';
import { RELEASE_SETS_DIR } from '../release-sets';
import { releaseDate } from '../../../src/events/releases';

export function schemaFileOutputs({ events, releases, frozen, derived }: Catalog): Outputs {
  const next = schemaSetOutputs(events, envelopeJsonSchema(), NEXT);
  const outputs: Outputs = new Map(next.files);
  for (const set of derived) for (const [file, content] of set.files) outputs.set(file, content);
  if (frozen.length) for (const [file, content] of latestAliasOutputs(frozen[0])) outputs.set(file, content);
  outputs.set(
    staticFile(SCHEMA_INDEX_PATH),
    jsonText({
      $comment: GENERATED_NOTE,
      dialect: JSON_SCHEMA_DIALECT,
      latest: releases[0] ?? null,
      versions: [
        { ...next.manifest, archive: next.archive },
        ...frozen.map((f) => ({ ...f.manifest, ...(f.archive ? { archive: f.archive } : {}) })),
      ],
      // Every other release, newest first, derived from the histories: each set's manifest and archive.
      releases: [...derived].reverse().map((set) => ({
        version: set.release,
        date: releaseDate(set.release),
        manifest: `${schemaDir(set.release)}index.json`,
        sha256: sha256(set.files.get(`${RELEASE_SETS_DIR}${schemaDir(set.release)}index.json`)!),
        archive: set.archive,
      })),
    }),
  );
  return outputs;
}
