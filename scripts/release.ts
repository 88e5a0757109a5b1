/**
 * npm run release -- <version>
 *
 * Cuts a release of the site, named after the openedx-events release whose
 * catalog it documents: a Docusaurus version of the event docs and of the
 * ADRs, and the frozen schemas under `static/schemas/<version>/`, which no
 * later command rewrites. Every check (compatibility included) must pass
 * first. On a failure, nothing of the release is left behind; after a kill,
 * the next `npm run release -- <version>` undoes what was left and releases
 * again, and `npm run release -- --abort` only undoes it
 * (scripts/lib/release-journal.ts).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { isUpstreamRelease } from './lib/history-replay';
import { loadCatalog } from './lib/catalog';
import { generate, renderOutputs } from './lib/generator';
import { staleFiles, writeOutputs } from './lib/outputs';
import { CommandError, runMain } from './lib/cli';
import { faultPoint } from './lib/fault-points';
import { TEMP_DIR, withOutputLock } from './lib/output-switch';
import {
  clearReleaseJournal,
  interruptedReleaseMessage,
  readReleaseJournal,
  writeReleaseJournal,
  type ReleaseJournal,
} from './lib/release-journal';
import { ADR_VERSIONS_FILE, DOCS_VERSIONS_FILE } from '../src/config/versions-file';
import { FROZEN_SCHEMAS_DIR, isReleaseName } from './lib/releases';
import { envelopeJsonSchema } from './lib/json-schema';
import { schemaSetOutputs } from './lib/schema-set';

const root = path.resolve(__dirname, '..');

class ReleaseError extends CommandError {}

function docusaurus(...args: string[]): void {
  const bin = require.resolve('@docusaurus/core/bin/docusaurus.mjs', { paths: [root] });
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new ReleaseError(`\`docusaurus ${args.join(' ')}\` failed (exit ${result.status})`);
}

/** What `docs:version` creates for each instance, to undo it if a later step fails. */
function versionArtifacts(version: string): string[] {
  return [
    `versioned_docs/version-${version}`,
    `versioned_sidebars/version-${version}-sidebars.json`,
    `adr_versioned_docs/version-${version}`,
    `adr_versioned_sidebars/version-${version}-sidebars.json`,
  ];
}

const RELEASE_STAGE = `${TEMP_DIR}/release-stage`;

/** A point where a test may kill the release (scripts/lib/fault-points.ts). */
function step(name: string): void {
  faultPoint('release', name);
}

/**
 * Undoes what an unfinished release left: its staged and frozen schemas, the
 * versioned docs and ADRs, the versions files as they were; then brings the
 * generated files back to the sources. Each step holds when repeated, so a
 * kill during the undo is undone by the next run too.
 */
async function undoRelease(journal: ReleaseJournal): Promise<void> {
  fs.rmSync(path.join(root, RELEASE_STAGE), { recursive: true, force: true });
  for (const artifact of [...versionArtifacts(journal.version), path.join(FROZEN_SCHEMAS_DIR, journal.version)]) {
    fs.rmSync(path.join(root, artifact), { recursive: true, force: true });
  }
  for (const [file, content] of Object.entries(journal.saved)) {
    if (content === null) fs.rmSync(path.join(root, file), { force: true });
    else fs.writeFileSync(path.join(root, file), content);
  }
  writeOutputs(root, await generate(root));
  clearReleaseJournal(root);
}

export async function release(version: string): Promise<void> {
  const interrupted = readReleaseJournal(root);
  if (version === '--abort') {
    if (!interrupted) throw new ReleaseError('no interrupted release to abort');
    await undoRelease(interrupted);
    console.log(`release ${interrupted.version} aborted: its files are removed and the versions files restored.`);
    return;
  }
  if (interrupted && interrupted.version !== version) throw new ReleaseError(interruptedReleaseMessage(interrupted.version));
  if (interrupted) await undoRelease(interrupted);

  if (!version || !isReleaseName(version))
    throw new ReleaseError(`usage: npm run release -- <MAJOR.MINOR.PATCH> | --abort (got ${JSON.stringify(version ?? '')})`);
  const catalog = await loadCatalog(root);
  const latest = catalog.releases[0];
  if (catalog.releases.includes(version)) throw new ReleaseError(`release ${version} exists already; its files are frozen`);
  if (latest && !semver.gt(version, latest)) throw new ReleaseError(`release ${version} must be newer than the latest release, ${latest}`);
  if (!isUpstreamRelease(version)) {
    throw new ReleaseError(
      `release ${version} is not an openedx-events release listed in src/events/releases.ts: list it there (with its date) first`,
    );
  }

  // The versioned docs are copies of docs/ and adr/: bring their generated pages up to date first.
  writeOutputs(root, renderOutputs(catalog));

  const frozenDir = path.join(root, FROZEN_SCHEMAS_DIR, version);
  const stageDir = path.join(root, RELEASE_STAGE);
  const { files } = schemaSetOutputs(catalog.events, envelopeJsonSchema(), version);
  const saved = Object.fromEntries(
    [DOCS_VERSIONS_FILE, ADR_VERSIONS_FILE].map((f) => [
      f,
      fs.existsSync(path.join(root, f)) ? fs.readFileSync(path.join(root, f), 'utf8') : null,
    ]),
  );
  // From here on, a kill leaves the journal, and the next run undoes what this one did.
  writeReleaseJournal(root, { version, saved });
  step('journal written');
  try {
    fs.rmSync(stageDir, { recursive: true, force: true });
    for (const [file, content] of files) {
      const target = path.join(stageDir, path.relative(frozenDir, path.join(root, file)));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, content);
    }
    step('schemas staged');
    docusaurus('docs:version', version);
    step('docs versioned');
    docusaurus('docs:version:adr', version);
    step('ADRs versioned');
    fs.renameSync(stageDir, frozenDir);
    step('schemas frozen');

    // The latest alias, the manifest, the changelog and the Next pages now follow the new release.
    const outputs = await generate(root);
    writeOutputs(root, outputs);
    step('generated files switched');
    if (staleFiles(root, outputs).length) throw new ReleaseError('the generated files are still stale after the release');
  } catch (error) {
    await undoRelease({ version, saved });
    throw error;
  }
  clearReleaseJournal(root);
  console.log(`release ${version}: docs and ADRs versioned, ${files.size} schema files frozen in ${FROZEN_SCHEMAS_DIR}/${version}/.`);
}

if (require.main === module) {
  runMain(() => withOutputLock(root, () => release(process.argv[2])));
}
