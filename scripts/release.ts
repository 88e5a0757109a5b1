/**
 * npm run release -- <version>
 *
 * Cuts a release of the site, named after the openedx-events release whose
 * catalog it documents: a Docusaurus version of the event docs and of the
 * ADRs, and the frozen schemas under `static/schemas/<version>/`, which no
 * later command rewrites. Every check (compatibility included) must pass
 * first. On a failure, nothing of the release is left behind.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { loadCatalog } from './lib/catalog';
import { generate, renderOutputs } from './lib/generator';
import { staleFiles, writeOutputs } from './lib/outputs';
import { CommandError, runMain } from './lib/cli';
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

export async function release(version: string): Promise<void> {
  if (!version || !isReleaseName(version))
    throw new ReleaseError(`usage: npm run release -- <MAJOR.MINOR.PATCH> (got ${JSON.stringify(version ?? '')})`);
  const catalog = await loadCatalog(root);
  const latest = catalog.releases[0];
  if (catalog.releases.includes(version)) throw new ReleaseError(`release ${version} exists already; its files are frozen`);
  if (latest && !semver.gt(version, latest)) throw new ReleaseError(`release ${version} must be newer than the latest release, ${latest}`);

  // The versioned docs are copies of docs/ and adr/: bring their generated pages up to date first.
  writeOutputs(root, renderOutputs(catalog));

  const frozenDir = path.join(root, FROZEN_SCHEMAS_DIR, version);
  const tempDir = path.join(root, FROZEN_SCHEMAS_DIR, `.release-${version}-${process.pid}`);
  const { files } = schemaSetOutputs(catalog.events, envelopeJsonSchema(), version);
  const saved = new Map(
    [DOCS_VERSIONS_FILE, ADR_VERSIONS_FILE].map((f) => [
      f,
      fs.existsSync(path.join(root, f)) ? fs.readFileSync(path.join(root, f), 'utf8') : null,
    ]),
  );
  try {
    for (const [file, content] of files) {
      const target = path.join(tempDir, path.relative(frozenDir, path.join(root, file)));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, content);
    }
    docusaurus('docs:version', version);
    docusaurus('docs:version:adr', version);
    fs.renameSync(tempDir, frozenDir);
  } catch (error) {
    fs.rmSync(tempDir, { recursive: true, force: true });
    for (const artifact of versionArtifacts(version)) fs.rmSync(path.join(root, artifact), { recursive: true, force: true });
    for (const [file, content] of saved) {
      if (content === null) fs.rmSync(path.join(root, file), { force: true });
      else fs.writeFileSync(path.join(root, file), content);
    }
    throw error;
  }

  // The latest alias, the manifest, the changelog and the Next pages now follow the new release.
  const outputs = await generate(root);
  writeOutputs(root, outputs);
  if (staleFiles(root, outputs).length) throw new ReleaseError('the generated files are still stale after the release');
  console.log(`release ${version}: docs and ADRs versioned, ${files.size} schema files frozen in ${FROZEN_SCHEMAS_DIR}/${version}/.`);
}

if (require.main === module) {
  runMain(() => release(process.argv[2]));
}
