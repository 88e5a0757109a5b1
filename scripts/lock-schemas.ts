/**
 * npm run lock-schemas
 *
 * Rewrites the lock of the schema sets derived from the event histories
 * (src/events/schema-sets.lock.json) from the current sources. Run it only
 * after reviewing why a derived set changed (a corrected history): the
 * generator refuses any difference until then, naming the release and file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCatalog } from './lib/catalog';
import { runMain } from './lib/cli';
import { jsonText } from './lib/outputs';
import { lockOf, SCHEMA_LOCK_FILE } from './lib/release-sets';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<void> {
  const { derived } = await loadCatalog(root, { unlocked: true });
  const file = path.join(root, SCHEMA_LOCK_FILE);
  const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const after = jsonText(lockOf(derived));
  if (before === after) {
    console.log(`lock-schemas: ${derived.length} derived sets, lock unchanged.`);
    return;
  }
  fs.writeFileSync(`${file}.tmp`, after);
  fs.renameSync(`${file}.tmp`, file);
  console.log(`lock-schemas: ${derived.length} derived sets locked in ${SCHEMA_LOCK_FILE}; review its diff before committing.`);
}

runMain(main);
