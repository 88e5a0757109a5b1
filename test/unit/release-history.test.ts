/**
 * Every release of the real catalog, from the replayed histories: the derived
 * schema sets are byte-stable and locked, the release a site cut is what the
 * replay gives for it, the comparison page's data agrees with the rules, and
 * `npm run diff` compares two old releases.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import fc from 'fast-check';
import { UPSTREAM_RELEASES } from '../../src/events/releases';
import { compareReleaseData } from '../../src/release-compare';
import { loadCatalog, type Catalog } from '../../scripts/lib/catalog';
import { compareEventsBetween } from '../../scripts/lib/release-history';
import { compareData } from '../../scripts/lib/render/release-compare-data';
import { derivedSets, lockOf, lockProblems } from '../../scripts/lib/release-sets';
import { envelopeJsonSchema } from '../../scripts/lib/json-schema';
import { fieldSignature } from '../../scripts/lib/history-replay';
import { setEventsOfManifest } from '../../scripts/lib/schema-set';
import { compareEventSchemas } from '../../scripts/lib/schema-changes';

const root = path.resolve(__dirname, '../..');
let catalog: Catalog;

before(async () => {
  catalog = await loadCatalog(root);
});

describe('releases replayed from the histories', () => {
  it('give a schema set for every release that defines events, locked and byte-stable', async () => {
    const cut = catalog.releases;
    assert.equal(catalog.derived.length + cut.length, UPSTREAM_RELEASES.length);
    // Computed again from the same sources: the same bytes, so the same lock.
    const again = await derivedSets(catalog.history, envelopeJsonSchema(), cut);
    assert.deepEqual(lockOf(again), lockOf(catalog.derived));
    assert.deepEqual(lockProblems(again, lockOf(catalog.derived)), []);
  });

  it('refuse a derived file whose bytes changed, naming the release and the file', () => {
    const lock = lockOf(catalog.derived);
    const sumac = lock.releases['9.15.0'];
    const file = Object.keys(sumac).find((f) => f.endsWith('.avsc'))!;
    sumac[file] = '0'.repeat(64);
    const problems = lockProblems(catalog.derived, lock);
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, new RegExp(`^release 9\\.15\\.0: ${file.replace(/[.+]/g, '\\$&')} differs from its locked sha256`));
  });

  it('give, at a release the site cut, exactly its frozen schemas (types, optionality, defaults, Avro)', () => {
    for (const frozen of catalog.frozen) {
      const released = setEventsOfManifest(frozen.manifest, (f) => frozen.files.get(f)!);
      for (const e of released) {
        const at = catalog.history.eventAt(e.signal, frozen.release);
        assert.ok(at, `${e.signal} exists at ${frozen.release}`);
        assert.equal(at.definition.eventType, e.eventType);
        assert.deepEqual(compareEventSchemas(e.schemas, at), [], `${e.signal} at ${frozen.release}`);
      }
      const signals = catalog.derived.length
        ? [...catalog.history.events.keys()].filter((s) => catalog.history.eventAt(s, frozen.release))
        : [];
      assert.equal(signals.length, released.length);
    }
  });

  it('compare any two releases in the page data exactly as the rules do', () => {
    const data = compareData(catalog);
    const n = UPSTREAM_RELEASES.length;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 }), (i, j) => {
        const [from, to] = i <= j ? [i, j] : [j, i];
        const page = compareReleaseData(data, from, to).map((c) => ({ ...c, page: undefined }));
        const rules = compareEventsBetween(catalog.history, UPSTREAM_RELEASES[from].release, UPSTREAM_RELEASES[to].release)
          .filter((c) => c.status !== 'unchanged')
          .map((c) => ({
            ...c,
            page: undefined,
            changes: c.changes.map(({ kind, field, detail, breaking }) => ({ kind, field, detail, breaking })),
          }));
        assert.deepEqual(page, rules);
      }),
      { seed: 14, numRuns: 60 },
    );
  });

  it('keep every field signature independent of descriptions', () => {
    const a = catalog.history.eventAt('COURSE_CATALOG_INFO_CHANGED', '11.2.0')!;
    const b = catalog.events.find((e) => e.definition.signal === 'COURSE_CATALOG_INFO_CHANGED')!;
    assert.equal(fieldSignature(a.definition.data.catalog_info), fieldSignature(b.definition.data.catalog_info));
  });
});

describe('npm run diff between two releases', () => {
  it('prints, as Markdown, what changed between two old releases', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/diff.ts', '0.11.0', '3.0.0'], { cwd: root, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^### Event changes from openedx-events 0\.11\.0 to 3\.0\.0/);
    assert.match(
      result.stdout,
      /\| COURSE_CATALOG_INFO_CHANGED \| `catalog_info\.effort` \| removed \(it was string, optional\) \| \*\*breaking\*\* \(`field-removed`\) \|/,
    );
    const unknown = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/diff.ts', '0.11.0', '10.6.0'], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.equal(unknown.status, 1);
    assert.match(unknown.stderr, /"10\.6\.0" is not an openedx-events release/);
  });
});
