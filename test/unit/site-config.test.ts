/**
 * The pieces of the Docusaurus config that decide URLs: versions, pinned
 * redirects, short ADR URLs, moved pages. Computed from small sites made up
 * here: that the real version lists and ADR data agree is what
 * `npm run generate -- --check` enforces.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { movedPageRedirects } from '../../src/config/moved-pages';
import { adrRedirects } from '../../src/config/adr-redirects';
import { pinnedLatestRedirects, readReleases, versionOptions } from '../../src/config/versions';
import type { AdrData } from '../../src/reference-data';
import { withVersion } from '../../src/site';

/** Writes a JSON file below `dir`, creating its folders. */
function writeJson(dir: string, file: string, value: unknown): void {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), JSON.stringify(value));
}

/** ADR data as the generator writes it, cut down to what the redirects read. */
const adrData = (...adrs: Array<Pick<AdrData, 'shortPath' | 'path'>>) => ({ $comment: 'test', adrs });
const ADR_9 = { shortPath: '/adr/9', path: '/adr/openedx-events/0009-catalog-design' };
const SITE_ADR_2 = { shortPath: '/adr/site/2', path: '/adr/site/0002-new-decision' };

describe('versions in the Docusaurus config', () => {
  it('builds every release for production, and only Next and the latest release for npm start', () => {
    const releases = ['11.4.0', '11.3.0', '11.2.0'];
    assert.equal(versionOptions(releases, false).onlyIncludeVersions, undefined);
    assert.deepEqual(versionOptions(releases, true).onlyIncludeVersions, ['current', '11.4.0']);
    const { versions } = versionOptions(releases, false);
    assert.deepEqual(versions?.current, { label: 'Next (unreleased)', path: 'next', banner: 'unreleased' });
    assert.equal(versions?.['11.4.0'].banner, 'none');
    assert.equal(versions?.['11.2.0'].banner, 'unmaintained');
    assert.deepEqual(versionOptions([], true), {}, 'before the first release there is only the current version');
  });

  it("reads each instance's own list, and no list as no release", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'site-config-'));
    try {
      writeJson(dir, 'versions.json', ['11.3.0', '11.2.0']);
      assert.deepEqual(readReleases(dir, 'default'), ['11.3.0', '11.2.0']);
      assert.deepEqual(readReleases(dir, 'adr'), [], 'halfway through a release the ADRs have no adr_versions.json yet');
      writeJson(dir, 'adr_versions.json', ['11.3.0']);
      assert.deepEqual(readReleases(dir, 'adr'), ['11.3.0']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('pins the latest release at /<route>/<release>/… and leaves Next and older releases alone', () => {
    const redirect = pinnedLatestRedirects({ docs: ['11.3.0', '11.2.0'], adr: ['11.3.0', '11.2.0'] });
    assert.deepEqual(redirect('/docs/events/x'), ['/docs/11.3.0/events/x']);
    assert.deepEqual(redirect('/docs'), ['/docs/11.3.0']);
    assert.deepEqual(redirect('/adr/openedx-events/0009-x'), ['/adr/11.3.0/openedx-events/0009-x']);
    assert.equal(redirect('/docs/next/events/x'), undefined);
    assert.equal(redirect('/docs/11.2.0/events/x'), undefined);
    assert.equal(redirect('/schemas/x.json'), undefined);
    assert.equal(redirect('/docsy'), undefined);
    assert.equal(pinnedLatestRedirects({ docs: [] })('/docs/events/x'), undefined);
  });

  it('maps a latest-release path into a version', () => {
    assert.equal(withVersion('/docs/events/x#f.g', '11.2.0'), '/docs/11.2.0/events/x#f.g');
    assert.equal(withVersion('/adr', 'next'), '/adr/next');
    assert.equal(withVersion('/docs/events/x', ''), '/docs/events/x');
    assert.equal(withVersion('/schemas/x.json', 'next'), '/schemas/x.json');
    assert.equal(withVersion('/docsy/x', 'next'), '/docsy/x');
  });

  it('redirects a moved page in the versions where it moved', () => {
    const moved = [
      { from: '/docs/guides/old', to: '/docs/guides/new', since: '11.2.0' },
      { from: '/docs/guides/before', to: '/docs/guides/after', since: 'next' },
    ];
    assert.deepEqual(movedPageRedirects(moved, true), [
      { from: '/docs/guides/old', to: '/docs/guides/new' },
      { from: '/docs/next/guides/old', to: '/docs/next/guides/new' },
      { from: '/docs/next/guides/before', to: '/docs/next/guides/after' },
    ]);
    assert.deepEqual(movedPageRedirects(moved.slice(0, 1), false), [{ from: '/docs/guides/old', to: '/docs/guides/new' }]);
  });
});

describe('short ADR URLs', () => {
  let site: string;
  before(() => {
    site = fs.mkdtempSync(path.join(os.tmpdir(), 'site-config-'));
    writeJson(site, 'adr/_generated/adrs.json', adrData(ADR_9, SITE_ADR_2));
    writeJson(site, 'adr_versioned_docs/version-11.3.0/_generated/adrs.json', adrData(ADR_9));
    // An older release without either ADR: only the latest release decides.
    writeJson(site, 'adr_versioned_docs/version-11.2.0/_generated/adrs.json', adrData());
  });
  after(() => fs.rmSync(site, { recursive: true, force: true }));

  it("send each ADR to the latest release's page, or to Next when the latest release does not have it", () => {
    assert.deepEqual(adrRedirects(site, ['11.3.0', '11.2.0']), [
      { from: '/adr/9', to: '/adr/openedx-events/0009-catalog-design' },
      { from: '/adr/site/2', to: '/adr/next/site/0002-new-decision' },
    ]);
  });

  it('send each ADR to its only page before the first release', () => {
    assert.deepEqual(adrRedirects(site, []), [
      { from: '/adr/9', to: '/adr/openedx-events/0009-catalog-design' },
      { from: '/adr/site/2', to: '/adr/site/0002-new-decision' },
    ]);
  });

  it('ask for `npm run generate` when the ADR data of the site or of the latest release is missing', () => {
    assert.throws(
      () => adrRedirects(site, ['11.4.0', '11.3.0']),
      /version-11\.4\.0\/_generated\/adrs\.json is missing: run `npm run generate` first/,
    );
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'site-config-'));
    try {
      assert.throws(() => adrRedirects(empty, []), /adr\/_generated\/adrs\.json is missing: run `npm run generate` first/);
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});
