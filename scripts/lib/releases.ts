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

/** The releases, newest first; every disagreement between the three lists is a problem. */
export function loadReleases(root: string, problems: Problem[]): string[] {
  const docs = readVersionList(root, DOCS_VERSIONS_FILE, problems);
  const adr = readVersionList(root, ADR_VERSIONS_FILE, problems);
  const releases = docs ?? [];
  const before = problems.length;

  for (const name of releases) {
    if (!isReleaseName(name)) problems.push({ file: DOCS_VERSIONS_FILE, message: `"${name}" is not a release name (MAJOR.MINOR.PATCH)` });
  }
  if (problems.length > before) return [];
  const sorted = [...releases].sort(semver.rcompare);
  if (sorted.join() !== releases.join()) {
    problems.push({ file: DOCS_VERSIONS_FILE, message: `releases must be listed newest first: expected ${JSON.stringify(sorted)}` });
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
