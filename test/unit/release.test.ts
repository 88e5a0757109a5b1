/**
 * `npm run release` on a throw-away copy of the site: a compatible change is
 * released, the frozen files of the earlier release stay byte-identical, and
 * a breaking change or a bad release name is refused with nothing written.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { makeTempSite, runGenerate, runScript, snapshot } from '../support/temp-site';

const DATA = 'src/events/data/content_authoring.ts';
const NAME_LINE = "    name: z.string().describe('The course title as shown to learners.'),\n";
const HIDDEN = "producerDefault(z.boolean().describe('Whether the run is left out of catalog listings.'), false)";
const TYPE = 'org.openedx.content_authoring.course.catalog_info.changed.v1';
const EVENT_DATA = 'events/content_authoring/course.catalog_info/course-catalog-info-changed.data.json';
const RELEASES = 'src/events/releases.ts';
const LAST_LISTED = "  ['11.2.0', '2026-04-22'],\n";
/** The end of CourseCatalogData's history, where a new entry goes. */
const CATALOG_HISTORY_END = "        removed: ['effort'],\n      },\n";
/** The named releases' generated docs versions, after the cut ones in versions.json. */
const NAMED = ['10.5.0', '10.2.0', '9.15.0', '9.10.0'];

describe('npm run release', () => {
  let dir: string;
  const read = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8');
  const edit = (file: string, from: string, to: string) => {
    const text = read(file);
    assert.ok(text.includes(from), `${file} no longer contains ${JSON.stringify(from)}`);
    fs.writeFileSync(path.join(dir, file), text.replace(from, to));
  };
  before(() => {
    dir = makeTempSite();
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('releases a compatible change and leaves the earlier release byte-identical', () => {
    const frozen = snapshot(dir, ['static/schemas/11.2.0', 'versioned_docs/version-11.2.0', 'adr_versioned_docs/version-11.2.0']);
    assert.ok(frozen.size > 300, `expected the frozen 11.2.0 files, got ${frozen.size}`);
    // A new upstream release: listed with its date, and the change recorded in the class's history.
    edit(RELEASES, LAST_LISTED, `${LAST_LISTED}  ['11.3.0', '2026-11-01'],\n  ['11.4.0', '2026-11-15'],\n`);
    edit(
      DATA,
      NAME_LINE,
      `${NAME_LINE}    subtitle: z.string().nullable().default(null).describe('A second title line, when the run has one.'),\n`,
    );
    edit(
      DATA,
      CATALOG_HISTORY_END,
      `${CATALOG_HISTORY_END}      {\n        release: '11.3.0',\n        summary: 'An optional subtitle was added.',\n        breaking: false,\n        added: { subtitle: z.string().nullable().default(null) },\n      },\n`,
    );

    const result = runScript(dir, 'release', '11.3.0');
    assert.equal(result.status, 0, result.stderr);

    assert.deepEqual(
      snapshot(dir, ['static/schemas/11.2.0', 'versioned_docs/version-11.2.0', 'adr_versioned_docs/version-11.2.0']),
      frozen,
    );
    assert.deepEqual(JSON.parse(read('versions.json')), ['11.3.0', '11.2.0', ...NAMED]);
    assert.deepEqual(JSON.parse(read('adr_versions.json')), ['11.3.0', '11.2.0']);
    const pinned = read(`static/schemas/11.3.0/${TYPE}.json`);
    assert.match(pinned, /"subtitle"/);
    assert.match(pinned, /"\$id": "urn:openedx-events:schema:11\.3\.0:/);
    assert.doesNotMatch(read(`static/schemas/11.2.0/${TYPE}.json`), /"subtitle"/);
    assert.equal(
      read(`static/schemas/${TYPE}.json`),
      pinned.replace('urn:openedx-events:schema:11.3.0:', 'urn:openedx-events:schema:latest:'),
      'the root serves the latest release, under the latest id',
    );
    assert.equal(read(`static/schemas/avro/${TYPE}.avsc`), read(`static/schemas/11.3.0/avro/${TYPE}.avsc`));
    const index = JSON.parse(read('static/schemas/index.json')) as { latest: string; versions: Array<{ version: string }> };
    assert.equal(index.latest, '11.3.0');
    assert.deepEqual(
      index.versions.map((v) => v.version),
      ['next', '11.3.0', '11.2.0'],
    );

    // The release's own pages show what it changed since the previous one.
    const page = JSON.parse(read(`versioned_docs/version-11.3.0/${EVENT_DATA}`)) as {
      schemaChanges: { since: string; changes: Array<{ kind: string; field: string }> };
    };
    assert.equal(page.schemaChanges.since, '11.2.0');
    assert.deepEqual(
      page.schemaChanges.changes.map((c) => [c.kind, c.field]),
      [['field-added', 'catalog_info.subtitle']],
    );
    assert.equal(runGenerate(dir, '--check').status, 0);
  });

  it('refuses a release that exists or is not newer, writing nothing', () => {
    const before = snapshot(dir, ['static/schemas', 'versioned_docs', 'adr_versioned_docs']);
    const again = runScript(dir, 'release', '11.3.0');
    assert.equal(again.status, 1);
    assert.match(again.stderr, /release 11\.3\.0 exists already; its files are frozen/);
    const older = runScript(dir, 'release', '11.2.5');
    assert.equal(older.status, 1);
    assert.match(older.stderr, /release 11\.2\.5 must be newer than the latest release, 11\.3\.0/);
    const bad = runScript(dir, 'release', 'v12');
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /usage: npm run release -- <MAJOR\.MINOR\.PATCH>/);
    assert.deepEqual(snapshot(dir, ['static/schemas', 'versioned_docs', 'adr_versioned_docs']), before);
  });

  it('refuses a breaking change in check:compat, generate and release, naming file, event, field and rule', () => {
    const before = snapshot(dir, ['static/schemas', 'docs/events', 'versioned_docs']);
    edit(DATA, HIDDEN, "z.boolean().describe('Whether the run is left out of catalog listings.')");
    // Recorded in the history as the rules see it: the replay accepts it, the compatibility check does not.
    const subtitleEntry = '        added: { subtitle: z.string().nullable().default(null) },\n      },\n';
    edit(
      DATA,
      subtitleEntry,
      `${subtitleEntry}      {\n        release: '11.4.0',\n        summary: 'The hidden flag lost its default.',\n        breaking: true,\n        changed: { hidden: z.boolean() },\n      },\n`,
    );
    const expected =
      /src\/events\/content_authoring\/course-catalog-info-changed\.event\.ts: event COURSE_CATALOG_INFO_CHANGED: field catalog_info\.hidden: breaking change since 11\.3\.0, rule "default-removed"/;
    for (const [name, ...args] of [['check-compat'], ['generate'], ['release', '11.4.0']]) {
      const result = runScript(dir, name, ...args);
      assert.equal(result.status, 1, `${name} accepted a breaking change`);
      assert.match(result.stderr, expected, `${name}:\n${result.stderr}`);
      assert.match(result.stderr, /new event type, org\.openedx\.content_authoring\.course\.catalog_info\.changed\.v2, beside it/);
    }
    assert.ok(!fs.existsSync(path.join(dir, 'static/schemas/11.4.0')));
    assert.deepEqual(JSON.parse(read('versions.json')), ['11.3.0', '11.2.0', ...NAMED]);
    assert.deepEqual(snapshot(dir, ['static/schemas', 'docs/events', 'versioned_docs']), before);
  });

  it('prints the changes since a release as Markdown for a pull request', () => {
    const result = runScript(dir, 'diff', '11.2.0');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^### Event schema changes since 11\.2\.0\n/);
    assert.match(result.stdout, /0 added, 0 removed, 1 changed; \*\*1 breaking change\(s\)\*\*\./);
    assert.match(
      result.stdout,
      /\| \[COURSE_CATALOG_INFO_CHANGED\]\(https:\/\/[^)]+\/docs\/next\/events\/course-catalog-info-changed\) \| `catalog_info\.hidden` \| default false removed \| \*\*breaking\*\* \(`default-removed`\) \|/,
    );
    assert.match(result.stdout, /\| `catalog_info\.subtitle` \| added, optional \(string\) \| compatible \(`field-added`\) \|/);
  });
});
