/**
 * npm run check:compat
 *
 * Compares the current event definitions with every frozen release (forward
 * transitive, see scripts/lib/schema-changes.ts), prints what changed since
 * the latest release, and exits 1 on any breaking change, naming the file,
 * the event, the field and the rule. `npm run generate` (and so the build)
 * refuses the same changes.
 */
import path from 'node:path';
import { compatibility } from './lib/compatibility';
import { loadSchemas } from './lib/catalog';
import { runMain } from './lib/cli';
import { formatProblem } from './lib/problems';
import { COMPATIBILITY_MODE } from './lib/schema-changes';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..');
  const { events: schemas, frozen } = await loadSchemas(root);
  if (!frozen.length) {
    console.log(`check:compat: no release yet; ${schemas.length} events have nothing to stay compatible with.`);
    return;
  }
  const compat = compatibility(schemas, frozen);
  const changes = compat.sinceLatest.flatMap((d) => d.changes);
  const releases = frozen.map((f) => f.release).join(', ');
  console.log(
    `check:compat: ${schemas.length} events against ${frozen.length} release(s) (${releases}), mode ${COMPATIBILITY_MODE}: ` +
      `${compat.sinceLatest.length} event(s) changed since ${compat.latest}, ${changes.filter((c) => !c.breaking).length} compatible change(s), ` +
      `${compat.problems.length} breaking.`,
  );
  for (const diff of compat.sinceLatest) {
    for (const c of diff.changes.filter((x) => !x.breaking))
      console.log(`  compatible: ${diff.signal}: ${c.field ?? '(event)'}: ${c.detail} (${c.kind})`);
  }
  if (compat.problems.length) {
    for (const p of compat.problems) console.error(`  - ${formatProblem(p)}`);
    process.exit(1);
  }
}

runMain(main);
