/**
 * Runs Pagefind's Node API in a process of its own. Pagefind ships as an ES
 * module only, and Docusaurus loads plugins through jiti, where `import()`
 * becomes `require()`; build-index.ts starts this file with Node instead.
 *
 * Argument: JSON `{ site, outputPath, rootSelector, excludeSelectors }`. On
 * failure it prints Pagefind's errors and exits 1.
 */
import * as pagefind from 'pagefind';

/** @typedef {{ site: string; outputPath: string; rootSelector: string; excludeSelectors: string[] }} IndexRequest */
// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- the rule sees JSON.parse's `any` under the JSDoc cast, which types the names below
const { site, outputPath, rootSelector, excludeSelectors } = /** @type {IndexRequest} */ (JSON.parse(process.argv[2]));

async function run() {
  const created = await pagefind.createIndex({ forceLanguage: 'en', rootSelector, excludeSelectors });
  if (!created.index || created.errors.length > 0) throw new Error(`could not start Pagefind: ${created.errors.join('; ')}`);
  const added = await created.index.addDirectory({ path: site, glob: '**/*.html' });
  if (added.errors.length > 0) throw new Error(`could not index ${site}: ${added.errors.join('; ')}`);
  const written = await created.index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`could not write its bundle: ${written.errors.join('; ')}`);
}

try {
  await run();
} catch (error) {
  process.stderr.write(`Pagefind: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await pagefind.close();
}
