/** The generator CLI: deterministic, atomic, and its --check catches stale output. Each test runs in its own copy of the site. */
import { describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { GENERATED_DIRS } from '../../scripts/lib/outputs';
import { isFrozenSchemaFile } from '../../scripts/lib/releases';
import { makeTempSite, runGenerate, snapshot } from '../support/temp-site';

const EVENT = 'src/events/content_authoring/course-catalog-info-changed.event.ts';
const SCHEMA = 'static/schemas/next/org.openedx.content_authoring.course.catalog_info.changed.v1.json';
const FROZEN = 'static/schemas/11.2.0/org.openedx.content_authoring.course.catalog_info.changed.v1.json';

/** A fresh copy of the site for one test, removed when the test ends. */
function tempSite(t: TestContext): string {
  const dir = makeTempSite();
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Removes every generated file, and only those: the frozen schemas of releases stay. */
function removeGenerated(dir: string): void {
  for (const file of snapshot(dir, [...GENERATED_DIRS]).keys()) {
    if (!isFrozenSchemaFile(file)) fs.rmSync(path.join(dir, file));
  }
}

describe('generator', () => {
  it('writes byte-identical files when run twice from scratch', (t) => {
    const dir = tempSite(t);
    removeGenerated(dir);
    assert.equal(runGenerate(dir).status, 0);
    const first = snapshot(dir, [...GENERATED_DIRS]);
    removeGenerated(dir);
    assert.equal(runGenerate(dir).status, 0);
    const second = snapshot(dir, [...GENERATED_DIRS]);
    assert.ok(first.size > 5, `expected generated files, got ${first.size}`);
    assert.deepEqual(second, first);
  });

  it('--check passes on fresh output and lists every stale, missing or extra file', (t) => {
    const dir = tempSite(t);
    assert.equal(runGenerate(dir).status, 0);
    const ok = runGenerate(dir, '--check');
    assert.equal(ok.status, 0, ok.stderr);
    fs.appendFileSync(path.join(dir, SCHEMA), ' ');
    fs.rmSync(path.join(dir, 'static/schemas/index.json'));
    fs.writeFileSync(path.join(dir, 'static/schemas/left-over.json'), '{}');
    const stale = runGenerate(dir, '--check');
    assert.equal(stale.status, 1);
    assert.match(stale.stderr, /3 generated file\(s\) are stale/);
    for (const file of [SCHEMA, 'static/schemas/index.json', 'static/schemas/left-over.json']) {
      assert.ok(stale.stderr.includes(`  ${file}\n`), `${file} not listed in:\n${stale.stderr}`);
    }
    // A file no run of the generator wrote is named and kept, and nothing is written.
    const refused = runGenerate(dir);
    assert.equal(refused.status, 1);
    assert.ok(refused.stderr.includes('  static/schemas/left-over.json\n'), refused.stderr);
    assert.ok(fs.existsSync(path.join(dir, 'static/schemas/left-over.json')), 'a hand-written file is not deleted');
    assert.ok(!fs.existsSync(path.join(dir, 'static/schemas/index.json')), 'nothing written');
    fs.rmSync(path.join(dir, 'static/schemas/left-over.json'));
    assert.equal(runGenerate(dir).status, 0);
    assert.equal(runGenerate(dir, '--check').status, 0);
  });

  it('never writes a frozen release, and fails naming any frozen file that changed', (t) => {
    const dir = tempSite(t);
    assert.equal(runGenerate(dir).status, 0);
    const frozen = fs.readFileSync(path.join(dir, FROZEN), 'utf8');
    fs.writeFileSync(path.join(dir, FROZEN), frozen.replace('"title": "CourseCatalogInfoChanged"', '"title": "EDITED"'));
    fs.writeFileSync(path.join(dir, 'static/schemas/11.2.0/extra.json'), '{}');
    const result = runGenerate(dir);
    assert.equal(result.status, 1);
    assert.ok(result.stderr.includes(`${FROZEN}: differs from the sha256 in static/schemas/11.2.0/index.json`), result.stderr);
    assert.ok(result.stderr.includes('static/schemas/11.2.0/extra.json: is not part of frozen release 11.2.0'), result.stderr);
    assert.match(fs.readFileSync(path.join(dir, FROZEN), 'utf8'), /"EDITED"/, 'the generator left the frozen file alone');
    // With the release restored, the failed run must have left every generated file as it was.
    fs.writeFileSync(path.join(dir, FROZEN), frozen);
    fs.rmSync(path.join(dir, 'static/schemas/11.2.0/extra.json'));
    assert.equal(runGenerate(dir, '--check').status, 0);
  });

  it('refuses a frozen release whose manifest was changed with its files, or points outside the release, or is not JSON', (t) => {
    const dir = tempSite(t);
    const manifestFile = path.join(dir, 'static/schemas/11.2.0/index.json');
    const manifest = fs.readFileSync(manifestFile, 'utf8');
    const before = snapshot(dir, [...GENERATED_DIRS]);
    const generate = () => runGenerate(dir);

    // A schema changed and its sha256 updated to match: the release's archive, made again from its files, differs.
    const frozen = fs.readFileSync(path.join(dir, FROZEN), 'utf8');
    const edited = frozen.replace('"title": "CourseCatalogInfoChanged"', '"title": "Edited"');
    const hash = (text: string) => createHash('sha256').update(text).digest('hex');
    fs.writeFileSync(path.join(dir, FROZEN), edited);
    fs.writeFileSync(manifestFile, manifest.replace(hash(frozen), hash(edited)));
    let result = generate();
    assert.equal(result.status, 1);
    assert.match(
      result.stderr,
      /static\/schemas\/11\.2\.0\/openedx-events-schemas-11\.2\.0\.tar\.gz: is not the archive of the release's files/,
    );
    fs.writeFileSync(path.join(dir, FROZEN), frozen);

    // A listed file outside the release's folder.
    fs.writeFileSync(manifestFile, manifest.replace(`/schemas/11.2.0/${path.basename(FROZEN)}`, `/schemas/next/${path.basename(FROZEN)}`));
    result = generate();
    assert.equal(result.status, 1);
    assert.match(result.stderr, /static\/schemas\/11\.2\.0\/index\.json: lists static\/schemas\/next\/.*, outside the release's folder/);

    // Not JSON.
    fs.writeFileSync(manifestFile, '{ not json');
    result = generate();
    assert.equal(result.status, 1);
    assert.match(result.stderr, /static\/schemas\/11\.2\.0\/index\.json: is not valid JSON/);
    assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');

    fs.writeFileSync(manifestFile, manifest);
    assert.deepEqual(snapshot(dir, [...GENERATED_DIRS]), before, 'nothing was written by the refused runs');
  });

  it('serves the latest release at the root of /schemas/, the same bytes but for its own $id', (t) => {
    const dir = tempSite(t);
    removeGenerated(dir);
    assert.equal(runGenerate(dir).status, 0);
    const root = fs.readFileSync(path.join(dir, FROZEN.replace('/11.2.0/', '/')), 'utf8');
    const pinned = fs.readFileSync(path.join(dir, FROZEN), 'utf8');
    assert.match(pinned, /"\$id": "urn:openedx-events:schema:11\.2\.0:org\.openedx/);
    assert.match(root, /"\$id": "urn:openedx-events:schema:latest:org\.openedx/);
    assert.equal(root, pinned.replace(':11.2.0:', ':latest:'));
    const index = JSON.parse(fs.readFileSync(path.join(dir, 'static/schemas/index.json'), 'utf8')) as {
      latest: string;
      versions: Array<{ version: string }>;
    };
    assert.equal(index.latest, '11.2.0');
    assert.deepEqual(
      index.versions.map((v) => v.version),
      ['next', '11.2.0'],
    );
  });

  it('on bad input exits non-zero naming file, event and field, and leaves the last good output untouched', (t) => {
    const dir = tempSite(t);
    assert.equal(runGenerate(dir).status, 0);
    const good = snapshot(dir, [...GENERATED_DIRS]);
    const source = path.join(dir, EVENT);
    const original = fs.readFileSync(source, 'utf8');
    // Excluding a field that the schema still carries, and making an example wrong.
    fs.writeFileSync(
      source,
      original.replace("field: 'catalog_info.effort'", "field: 'catalog_info.hidden'").replace("pacing: 'instructor'", "pacing: 'weekly'"),
    );
    const result = runGenerate(dir);
    assert.equal(result.status, 1);
    assert.match(
      result.stderr,
      /src\/events\/content_authoring\/course-catalog-info-changed\.event\.ts: event COURSE_CATALOG_INFO_CHANGED: field catalog_info\.hidden: listed as excluded \(by ADR 9\) but present in the schema/,
    );
    assert.match(result.stderr, /field catalog_info\.schedule_data\.pacing: examples\[0\]: Invalid enum value/);
    assert.deepEqual(snapshot(dir, [...GENERATED_DIRS]), good);
  });

  it('names the event file that does not compile (with its line) or throws while loading, and writes nothing', (t) => {
    const dir = tempSite(t);
    assert.equal(runGenerate(dir).status, 0);
    const good = snapshot(dir, [...GENERATED_DIRS]);
    const source = path.join(dir, EVENT);
    const original = fs.readFileSync(source, 'utf8');
    const lines = original.split('\n').length;
    fs.writeFileSync(source, `${original}\nconst broken = ;\n`);
    const syntax = runGenerate(dir);
    assert.equal(syntax.status, 1);
    assert.ok(syntax.stderr.includes(`${EVENT}:${lines + 1}: column 15: Unexpected ";"`), syntax.stderr);
    fs.writeFileSync(source, `${original}\nthrow new Error('no catalog today');\n`);
    const thrown = runGenerate(dir);
    assert.equal(thrown.status, 1);
    assert.ok(thrown.stderr.includes(`${EVENT}: throws while loading: no catalog today`), thrown.stderr);
    assert.doesNotMatch(thrown.stderr, /\n\s+at /, 'no stack trace');
    assert.deepEqual(snapshot(dir, [...GENERATED_DIRS]), good);
  });

  it('reports broken ADR front matter with the file and the field', (t) => {
    const dir = tempSite(t);
    const adr = path.join(dir, 'adr/openedx-events/0009-course-catalog-info-changed-design.mdx');
    const original = fs.readFileSync(adr, 'utf8');
    fs.writeFileSync(adr, original.replace('status: Accepted', 'status: Maybe').replace('date: "2022-09-14"', 'date: 2022-09-14'));
    const result = runGenerate(dir);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /adr\/openedx-events\/0009-course-catalog-info-changed-design\.mdx: field status: Invalid enum value/);
    assert.match(result.stderr, /0009-course-catalog-info-changed-design\.mdx: field date: must be a quoted date string "YYYY-MM-DD"/);
  });
});
