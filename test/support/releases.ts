/** The site's releases as the tests see them: read from versions.json, never typed into a test. */
import fs from 'node:fs';
import path from 'node:path';
import type { SchemaSetManifest } from '../../scripts/lib/schema-set';
import { ROOT } from './temp-site';

export const RELEASES = JSON.parse(fs.readFileSync(path.join(ROOT, 'versions.json'), 'utf8')) as string[];
export const LATEST_RELEASE = RELEASES[0];

/** `/schemas/index.json`. */
export interface SchemaIndex {
  latest: string | null;
  versions: SchemaSetManifest[];
}
