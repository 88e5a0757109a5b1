/**
 * The releases this site has cut: Docusaurus's `versions.json` (event docs)
 * and `adr_versions.json` (ADRs), newest first, and the frozen schema folder
 * `static/schemas/<release>/` of each. The three must name the same releases.
 */
import fs from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { ADR_VERSIONS_FILE, DOCS_VERSIONS_FILE, readVersionsFile } from '../../src/config/versions-file';
import { JsonFileError } from '../../src/json-file';
import { NAMED_RELEASES, UPSTREAM_RELEASES } from '../../src/events/releases';
import type { Problem } from './problems';

export const FROZEN_SCHEMAS_DIR = 'static/schemas';

/** A release name is a plain `MAJOR.MINOR.PATCH`, the openedx-events release it documents. */
export function isReleaseName(name: string): boolean {
  return /^\d+\.\d+\.\d+$/.test(name) && semver.valid(name) === name;
}

/** `static/schemas/11.2.0/...`: a file of a frozen release, which the generator never writes. */
export function isFrozenSchemaFile(file: string): boolean {
  const [, , dir] = file.split('/');
  return file.startsWith(`${FROZEN_SCHEMAS_DIR}/`) && dir !== undefined && isReleaseName(dir) && file.split('/').length > 3;
}

function readVersionList(root: string, file: typeof DOCS_VERSIONS_FILE | typeof ADR_VERSIONS_FILE, problems: Problem[]): string[] | null {
  try {
    return readVersionsFile(root, file);
  } catch (error) {
    if (!(error instanceof JsonFileError)) throw error;
    problems.push({ file, message: error.reason });
    return [];
  }
}

/**
 * The docs versions a list of cut releases implies: the cut releases, and the
 * named Open edX releases (src/events/releases.ts) whose docs are generated
 * from the histories, newest first.
 */
export function docsVersionsOf(cut: string[]): string[] {
  const named = NAMED_RELEASES.flatMap((n) => (n.release && !cut.includes(n.release) ? [n.release] : []));
  return [...cut, ...named].sort(semver.rcompare);
}

/** The folder of a docs version the generator writes. */
export function namedDocsDir(release: string): string {
  return `versioned_docs/version-${release}`;
}

/** The named releases whose docs the generator writes: those not cut on this site. */
export function generatedDocsVersions(cut: string[]): string[] {
  return docsVersionsOf(cut).filter((r) => !cut.includes(r));
}

/**
 * The releases cut on this site, newest first (`adr_versions.json`, and the
 * releases of `versions.json` that are not generated named releases); every
 * disagreement between the lists and the frozen schema folders is a problem.
 */
export function loadReleases(root: string, problems: Problem[]): string[] {
  const docs = readVersionList(root, DOCS_VERSIONS_FILE, problems);
  const adr = readVersionList(root, ADR_VERSIONS_FILE, problems);
  const releases = (docs ?? []).filter((r) => (adr ?? []).includes(r) || !generatedDocsVersions(adr ?? []).includes(r));
  const before = problems.length;

  for (const name of releases) {
    if (!isReleaseName(name)) problems.push({ file: DOCS_VERSIONS_FILE, message: `"${name}" is not a release name (MAJOR.MINOR.PATCH)` });
    else if (!UPSTREAM_RELEASES.some((r) => r.release === name)) {
      problems.push({
        file: DOCS_VERSIONS_FILE,
        message: `"${name}" is not an openedx-events release listed in src/events/releases.ts: list it there first`,
      });
    }
  }
  if (problems.length > before) return [];
  const sorted = [...releases].sort(semver.rcompare);
  if (sorted.join() !== releases.join()) {
    problems.push({ file: DOCS_VERSIONS_FILE, message: `releases must be listed newest first: expected ${JSON.stringify(sorted)}` });
  }
  const expectedDocs = docsVersionsOf(adr ?? []);
  if (docs && docs.join() !== expectedDocs.join()) {
    problems.push({
      file: DOCS_VERSIONS_FILE,
      message: `lists ${JSON.stringify(docs)}; the cut releases and the named releases (src/events/releases.ts) make ${JSON.stringify(expectedDocs)}`,
    });
  }
  if ((adr ?? []).join() !== releases.join()) {
    problems.push({
      file: ADR_VERSIONS_FILE,
      message: `lists ${JSON.stringify(adr ?? [])} but ${DOCS_VERSIONS_FILE} lists ${JSON.stringify(releases)}: \`npm run release\` cuts both instances at once`,
    });
  }
  const schemasDir = path.join(root, FROZEN_SCHEMAS_DIR);
  const frozen = fs.existsSync(schemasDir)
    ? fs
        .readdirSync(schemasDir, { withFileTypes: true })
        .filter((e) => e.isDirectory() && isReleaseName(e.name))
        .map((e) => e.name)
    : [];
  for (const name of releases) {
    if (!frozen.includes(name)) problems.push({ file: `${FROZEN_SCHEMAS_DIR}/${name}/`, message: `release ${name} has no frozen schemas` });
  }
  for (const name of frozen) {
    if (!releases.includes(name)) {
      problems.push({
        file: `${FROZEN_SCHEMAS_DIR}/${name}/`,
        message: `frozen schemas of ${name}, a release ${DOCS_VERSIONS_FILE} does not list`,
      });
    }
  }
  return releases;
}
