/**
 * Docusaurus's versions files, `versions.json` (event docs) and
 * `adr_versions.json` (ADRs): the releases of each instance, newest first.
 * The one reader of both, for the config and the generator.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { readJsonFile } from '../json-file';

export const DOCS_VERSIONS_FILE = 'versions.json';
export const ADR_VERSIONS_FILE = 'adr_versions.json';

const versionList = z.array(z.string(), { invalid_type_error: 'must be a JSON array of release names' });

/** The releases listed in a versions file, or null when there is none (no release cut yet). */
export function readVersionsFile(siteDir: string, file: typeof DOCS_VERSIONS_FILE | typeof ADR_VERSIONS_FILE): string[] | null {
  const abs = path.join(siteDir, file);
  return fs.existsSync(abs) ? readJsonFile(abs, versionList) : null;
}
