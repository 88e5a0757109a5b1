/**
 * Site search: the Pagefind index the build writes (which pages, which words,
 * which version filter), its failure mode, and the pieces the search bar uses
 * to turn Pagefind's results into links and text.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import fc from 'fast-check';
import { writeSearchIndex } from '../../src/plugins/search/build-index';
import { routeOf, SEARCH_BUNDLE_DIR } from '../../src/plugins/search/contract';
import { excerptParts } from '../../src/plugins/search/excerpt';
import { indexableCopy, indexedElement } from '../../src/plugins/search/indexable-html';

interface Fragment {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

/** The indexed pages of a written bundle, from its fragment files (gzip, after Pagefind's marker). */
function readFragments(bundleDir: string): Fragment[] {
  const dir = path.join(bundleDir, 'fragment');
  return fs
    .readdirSync(dir)
    .map((f) => zlib.gunzipSync(fs.readFileSync(path.join(dir, f))).toString('utf8'))
    .map((text) => JSON.parse(text.slice(text.indexOf('{'))) as Fragment)
    .sort((a, b) => a.url.localeCompare(b.url));
}

function page(body: string): string {
  return `<!doctype html><html lang="en"><head><title>t</title></head><body><nav>Navbar words</nav>${body}</body></html>`;
}

function writeSite(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'search-site-'));
  for (const [file, html] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), html);
  }
  return dir;
}

describe('the search index written at build', () => {
  it('holds the doc contents only, with their version, and none of the excluded elements', async () => {
    const site = writeSite({
      'docs/events/a.html': page(
        '<main><div data-pagefind-body data-pagefind-filter="version:11.2.0"><h1>EVENT_A</h1><p>Zebra payload.</p>' +
          '<button>copy link</button><svg><text>diagram label</text></svg><pre data-pagefind-ignore>{"invented": 1}</pre></div></main>',
      ),
      'docs/next/events/a.html': page('<div data-pagefind-body data-pagefind-filter="version:current"><h1>EVENT_A</h1><p>Zebra.</p></div>'),
      'index.html': page('<h1>Home</h1><p>Zebra on the home page.</p>'),
      'docs/11.2.0/events/a.html': page('<meta http-equiv="refresh" content="0; url=/docs/events/a">'),
    });
    try {
      const { pages, bundleDir } = await writeSearchIndex(site);
      assert.equal(pages, 2);
      assert.equal(bundleDir, path.join(site, SEARCH_BUNDLE_DIR));
      const fragments = readFragments(bundleDir);
      assert.deepEqual(
        fragments.map((f) => [f.url, f.meta.title, f.filters.version]),
        [
          ['/docs/events/a.html', 'EVENT_A', ['11.2.0']],
          ['/docs/next/events/a.html', 'EVENT_A', ['current']],
        ],
      );
      assert.deepEqual(
        fs.readdirSync(bundleDir).filter((f) => /ui|highlight|unknown/.test(f)),
        [],
        'unused interface files were kept',
      );
      assert.ok(fs.existsSync(path.join(bundleDir, 'pagefind.js')) && fs.existsSync(path.join(bundleDir, 'wasm.en.pagefind')));
      const content = fragments[0].content;
      assert.match(content, /Zebra payload/);
      for (const excluded of ['copy link', 'diagram label', 'invented', 'Navbar words']) assert.doesNotMatch(content, new RegExp(excluded));
      assert.deepEqual(
        fs.readdirSync(site).filter((f) => f.startsWith('.')),
        [],
        'a temporary folder was left behind',
      );
    } finally {
      fs.rmSync(site, { recursive: true, force: true });
    }
  });

  it('keeps the words of minified pages apart: cells, list items, terms and their definitions', async () => {
    // As the HTML minifier writes them: optional end tags dropped, no space between tags.
    const site = writeSite({
      'docs/a.html': page(
        '<div data-pagefind-body><h1>A</h1><p>Ends here.<dl><dt>Event type<dd><code>ev.type</code><dt>Domain / action<dd><code>learning</code></dl>' +
          '<table><tr><th scope=row><code>enrollment.mode</code><td><code>string</code><td>required<td>The track</table><ul><li>alpha<li>beta</ul></div>',
      ),
    });
    try {
      const [fragment] = readFragments((await writeSearchIndex(site)).bundleDir);
      const words = fragment.content.split(/[\s.,]+/);
      for (const word of ['type', 'ev', 'action', 'learning', 'mode', 'string', 'required', 'alpha', 'beta']) {
        assert.ok(words.includes(word), `"${word}" is not a word of: ${fragment.content}`);
      }
    } finally {
      fs.rmSync(site, { recursive: true, force: true });
    }
  });

  it('fails, naming the folder and the missing marker, when no page is marked, and keeps the last good index', async () => {
    const site = writeSite({ 'docs/a.html': page('<div data-pagefind-body><h1>A</h1><p>Words.</p></div>') });
    try {
      const { bundleDir } = await writeSearchIndex(site);
      const before = readFragments(bundleDir);
      fs.writeFileSync(path.join(site, 'docs/a.html'), page('<h1>A</h1><p>Unmarked.</p>'));
      await assert.rejects(writeSearchIndex(site), (error: Error) => {
        assert.ok(error.message.startsWith(`search index of ${site}: none of its 1 HTML files has data-pagefind-body`), error.message);
        return true;
      });
      assert.deepEqual(readFragments(bundleDir), before);
      assert.deepEqual(
        fs.readdirSync(site).filter((f) => f.startsWith('.')),
        [],
        'a temporary folder was left behind',
      );
    } finally {
      fs.rmSync(site, { recursive: true, force: true });
    }
  });

  it('is byte-identical when built twice from the same pages', async () => {
    const site = writeSite({
      'docs/a.html': page('<div data-pagefind-body data-pagefind-filter="version:current"><h1>A</h1><p>Alpha words.</p></div>'),
      'docs/b.html': page('<div data-pagefind-body data-pagefind-filter="version:current"><h1>B</h1><p>Beta words.</p></div>'),
    });
    const snapshot = (dir: string) =>
      Object.fromEntries(
        fs
          .readdirSync(dir, { recursive: true })
          .map(String)
          .filter((f) => fs.statSync(path.join(dir, f)).isFile())
          .sort()
          .map((f) => [f, fs.readFileSync(path.join(dir, f)).toString('base64')]),
      );
    try {
      const first = snapshot((await writeSearchIndex(site)).bundleDir);
      const second = snapshot((await writeSearchIndex(site)).bundleDir);
      assert.deepEqual(second, first);
    } finally {
      fs.rmSync(site, { recursive: true, force: true });
    }
  });
});

describe('the copy of a page that Pagefind reads', () => {
  it('is the marked element, found through nested divs, with a space before each block', () => {
    const wrapper =
      '<div data-pagefind-body data-pagefind-filter=version:current><div><h1>A</h1></div><div><div><p>x<p>y</div></div></div>';
    const html = `<html><body><nav><div>menu</div></nav><main><div class=row>${wrapper}<div>after</div></div></main></body></html>`;
    assert.equal(indexedElement(html), wrapper);
    assert.equal(indexableCopy(html), `<!doctype html><html><body>${wrapper.replace(/<(h1|p)>/g, ' <$1>')}</body></html>`);
  });

  it('is the whole page when the element cannot be cut out, and nothing for a page without one', () => {
    const unclosed = '<html><body><div data-pagefind-body><div><p>never closed</div></body></html>';
    assert.equal(indexedElement(unclosed), null);
    assert.equal(indexableCopy(unclosed), unclosed.replace('<p>', ' <p>'));
    assert.equal(indexableCopy('<html><body><h1>Home</h1></body></html>'), null);
  });

  it('keeps an identifier that wraps at its underscores one word', () => {
    const html = '<div data-pagefind-body><code data-pagefind-weight=10>COURSE_<wbr/>CATALOG_<wbr>INFO_<wbr />CHANGED</code></div>';
    assert.equal(
      indexableCopy(html),
      '<!doctype html><html><body><div data-pagefind-body><code data-pagefind-weight=10>COURSE_CATALOG_INFO_CHANGED</code></div></body></html>',
    );
  });
});

describe('search results as links and text', () => {
  it('link to routes, not to the indexed files', () => {
    assert.equal(routeOf('/docs/events/a.html'), '/docs/events/a');
    assert.equal(routeOf('/docs/events/a.html#fields'), '/docs/events/a#fields');
    assert.equal(routeOf('/adr/index.html'), '/adr/');
    assert.equal(routeOf('/index.html#top'), '/#top');
    assert.equal(routeOf('/adr/next'), '/adr/next');
    assert.equal(routeOf('/docs/a.html#x.html'), '/docs/a#x.html');
  });

  it('render excerpts as text with the matches marked, whatever the page said', () => {
    const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    fc.assert(
      fc.property(fc.array(fc.record({ text: fc.string({ minLength: 1 }), match: fc.boolean() }), { maxLength: 6 }), (parts) => {
        const html = parts.map((p) => (p.match ? `<mark>${escape(p.text)}</mark>` : escape(p.text))).join('');
        const parsed = excerptParts(html);
        assert.equal(parsed.map((p) => p.text).join(''), parts.map((p) => p.text).join(''));
        const marked = (ps: Array<{ text: string; match: boolean }>) =>
          ps
            .filter((p) => p.match)
            .map((p) => p.text)
            .join('');
        assert.equal(marked(parsed), marked(parts));
      }),
      { numRuns: 300 },
    );
    assert.deepEqual(excerptParts('a <mark>b&lt;i&gt;</mark> c'), [
      { text: 'a ', match: false },
      { text: 'b<i>', match: true },
      { text: ' c', match: false },
    ]);
  });
});
