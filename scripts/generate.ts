/**
 * npm run generate            write the generated files (schemas, event pages, ADR data)
 * npm run generate -- --check list every generated file that is stale, exit 1 if any
 *
 * Every consistency check runs first; on a problem nothing is written and the
 * command exits 1 with every problem, naming file, event and field (one line
 * each; add --debug for a stack trace). The files are switched as one, one
 * run at a time (scripts/lib/output-switch.ts).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './lib/generator';
import { withOutputLock } from './lib/output-switch';
import { staleFiles, writeOutputs } from './lib/outputs';
import { assertNoInterruptedRelease } from './lib/release-journal';
import { runMain } from './lib/cli';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');

async function main(): Promise<void> {
  await withOutputLock(root, () => {
    assertNoInterruptedRelease(root);
    return run();
  });
}

async function run(): Promise<void> {
  const outputs = await generate(root);
  if (check) {
    const stale = staleFiles(root, outputs, { committedOnly: true });
    if (stale.length) {
      console.error(`${stale.length} generated file(s) are stale; run \`npm run generate\` and commit the result:`);
      for (const file of stale) console.error(`  ${file}`);
      // Not process.exit(): the lock is released on the way out.
      process.exitCode = 1;
      return;
    }
    console.log(`generate --check: ${outputs.size} generated files are up to date.`);
  } else {
    const { written, removed } = writeOutputs(root, outputs);
    console.log(`generate: ${outputs.size} files, ${written.length} written, ${removed.length} removed.`);
  }
}

runMain(main);
