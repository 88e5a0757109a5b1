/**
 * escapeMdxText at the string level, for any text: what it writes reads back
 * as the text, and leaves Markdown and MDX nothing to act on. (The build test,
 * test/site-build/escaping.test.ts, shows the same text on the built pages.)
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { escapeMdxText } from '../../scripts/lib/render/mdx';

// Any text, with the characters Markdown and MDX act on, line endings, autolinks and a leading keyword mixed in.
const anyText = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: 4 }),
      fc.string({ unit: fc.constantFrom(...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~ \n\r\t'.split('')), maxLength: 6 }),
      fc.constantFrom('import ', 'export ', 'https://example.com', 'www.example.com', 'a@example.com', '&amp;', '&#123;'),
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(''));

/** The text Markdown reads from escaped prose: backslash escapes and numeric character references undone. */
function readBack(escaped: string): string {
  return escaped.replace(
    /\\([!-/:-@[-`{-~])|&#(\d+);/g,
    (_, punctuation: string | undefined, code: string | undefined) => punctuation ?? String.fromCharCode(Number(code)),
  );
}

describe('escapeMdxText', () => {
  it('gives back the text, with no punctuation, line ending or leading import left for Markdown or MDX', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const escaped = escapeMdxText(text);
        if (/https?:\/\/|www\.|@/i.test(text)) {
          // What GFM would autolink goes in as a JavaScript string expression.
          assert.equal(JSON.parse(escaped.slice(1, -1)), text);
          assert.equal(`{${escaped.slice(1, -1)}}`, escaped);
          return;
        }
        assert.equal(readBack(escaped), text);
        const bare = escaped.replace(/\\[!-/:-@[-`{-~]|&#\d+;/g, '');
        assert.doesNotMatch(bare, /[!-/:-@[-`{-~\r\n]/, 'an ASCII punctuation character or a line ending left unescaped');
        assert.doesNotMatch(escaped, /^(?:import|export) /);
      }),
      { numRuns: 3000 },
    );
  });

  it('writes the rows the build test found as escapes, and autolinks as a string', () => {
    assert.equal(escapeMdxText('- item\n# x'), '\\- item&#10;\\# x');
    assert.equal(escapeMdxText('export const a = 1'), '&#101;xport const a \\= 1');
    assert.equal(escapeMdxText('see https://example.com'), '{"see https://example.com"}');
  });
});
