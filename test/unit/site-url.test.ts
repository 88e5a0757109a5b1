/** The site's URL as a deploy setting: SITE_URL, checked, and carried into the built feed. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { deploySiteUrl } from '../../src/config/site-url';
import { rehostFeed } from '../../src/plugins/site-url';
import { DEFAULT_SITE_URL } from '../../src/site';
import { ROOT } from '../support/temp-site';

describe('the site URL', () => {
  it('is the default without SITE_URL, else the origin it names', () => {
    assert.equal(deploySiteUrl({}), DEFAULT_SITE_URL);
    assert.equal(deploySiteUrl({ SITE_URL: '  ' }), DEFAULT_SITE_URL);
    assert.equal(deploySiteUrl({ SITE_URL: 'https://events.example.edu' }), 'https://events.example.edu');
    assert.equal(deploySiteUrl({ SITE_URL: 'https://events.example.edu/' }), 'https://events.example.edu');
    assert.equal(deploySiteUrl({ SITE_URL: 'http://127.0.0.1:3000' }), 'http://127.0.0.1:3000');
  });

  it('refuses what is not an http(s) origin, saying what to set', () => {
    for (const bad of ['events.example.edu', 'ftp://events.example.edu', 'https://example.edu/events', 'https://example.edu/?x=1']) {
      assert.throws(() => deploySiteUrl({ SITE_URL: bad }), /SITE_URL=.* (is not a URL|must be an http\(s\) origin)/, bad);
    }
  });

  it('moves every link of the committed feed to the deployed origin, and nothing else', () => {
    const feed = fs.readFileSync(path.join(ROOT, 'static', 'changelog', 'atom.xml'), 'utf8');
    const moved = rehostFeed(feed, 'https://events.example.edu');
    assert.ok(feed.includes(`${DEFAULT_SITE_URL}/`));
    assert.ok(!moved.includes(DEFAULT_SITE_URL));
    assert.equal(moved.split('https://events.example.edu/').length, feed.split(`${DEFAULT_SITE_URL}/`).length);
    assert.equal(moved.replaceAll('https://events.example.edu/', `${DEFAULT_SITE_URL}/`), feed);
  });
});
