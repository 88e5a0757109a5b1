/**
 * The downloadable schemas: Next's schema set (written by every run), the
 * latest alias (the newest frozen release at `/schemas/`), and the index of
 * every set (`/schemas/index.json`): each set's manifest and its archive.
 */
import { NEXT, SCHEMA_INDEX_PATH } from '../../../src/site';
import type { Catalog } from '../catalog';
import { envelopeJsonSchema, GENERATED_NOTE, JSON_SCHEMA_DIALECT } from '../json-schema';
import { jsonText, type Outputs } from '../outputs';
import { latestAliasOutputs, schemaSetOutputs, staticFile } from '../schema-set';

export function schemaFileOutputs({ events, releases, frozen }: Catalog): Outputs {
  const next = schemaSetOutputs(events, envelopeJsonSchema(), NEXT);
  const outputs: Outputs = new Map(next.files);
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
    }),
  );
  return outputs;
}
