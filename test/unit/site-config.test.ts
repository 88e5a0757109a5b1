/** The pieces of the Docusaurus config that decide URLs: versions, pinned redirects, short ADR URLs, moved pages. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { movedPageRedirects } from '../../src/config/moved-pages';
import { adrRedirects } from '../../src/config/adr-redirects';
import { pinnedLatestRedirects, readReleases, versionOptions } from '../../src/config/versions';
import { withVersion } from '../../src/site';
import { ROOT } from '../support/temp-site';

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

  it('reads the same releases for both instances', () => {
    assert.ok(readReleases(ROOT, 'default').length > 0);
    assert.deepEqual(readReleases(ROOT, 'adr'), readReleases(ROOT, 'default'));
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

  it('sends every short ADR URL to a page of the latest release', () => {
    const redirects = adrRedirects(ROOT, readReleases(ROOT, 'adr'));
    assert.deepEqual(
      redirects.find((r) => r.from === '/adr/9'),
      { from: '/adr/9', to: '/adr/openedx-events/0009-course-catalog-info-changed-design' },
    );
    assert.ok(redirects.some((r) => r.from === '/adr/site/1'));
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
