/**
 * The Atom feed is well-formed XML whatever the text it carries: arbitrary
 * unicode (lone surrogates, control characters, `]]>` twice) in every text
 * slot, parsed back with sax in strict mode, gives back the text, with only
 * the characters XML cannot carry replaced. And the committed feed has one
 * entry per id.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import sax from 'sax';
import { changelogFeed } from '../../scripts/lib/render/changelog-page';
import type { ChangelogData } from '../../src/reference-data';
import { ROOT } from '../support/temp-site';

interface ParsedEntry {
  title: string;
  id: string;
  summary: string;
  titleType?: string;
  summaryType?: string;
}

/** The entries of a feed, read by a strict XML parser (which throws on anything not well-formed). */
function parseFeed(xml: string): ParsedEntry[] {
  const parser = sax.parser(true);
  const entries: ParsedEntry[] = [];
  const open: string[] = [];
  parser.onerror = (error) => {
    throw error;
  };
  parser.onopentag = (tag) => {
    open.push(tag.name);
    if (tag.name === 'entry') entries.push({ title: '', id: '', summary: '' });
    const entry = entries.at(-1);
    const type = tag.attributes.type;
    if (entry && tag.name === 'title' && typeof type === 'string') entry.titleType = type;
    if (entry && tag.name === 'summary' && typeof type === 'string') entry.summaryType = type;
  };
  parser.onclosetag = () => void open.pop();
  parser.ontext = (text) => {
    const entry = entries.at(-1);
    const name = open.at(-1);
    if (entry && open.includes('entry') && (name === 'title' || name === 'id' || name === 'summary')) entry[name] += text;
  };
  parser.write(xml).close();
  return entries;
}

/** What XML can carry of a string: the characters XML 1.0 forbids become U+FFFD. */
const carried = (text: string) => text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD');

// Full unicode, lone surrogates included, with the CDATA terminator mixed in.
const anyText = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'binary' }).map((s) => `${s}]]>${s}]]>`),
  fc.constantFrom(']]>]]>', '<script>alert(1)</script>', '&amp; &#0; \u0000 \uFFFE \uD800'),
);

describe('Atom feed', () => {
  it('is well-formed XML with every text as text, for arbitrary unicode in every slot', () => {
    fc.assert(
      fc.property(anyText, anyText, anyText, (summary, label, field) => {
        const data: ChangelogData = {
          $comment: 'test',
          unreleased: null,
          entries: [
            {
              id: 'release-1.0.0-test',
              date: '2026-01-01',
              kind: 'event',
              release: '1.0.0',
              summary,
              breaking: true,
              subjects: [{ label, path: '/docs/events/x', changes: [{ kind: 'added', field }] }],
            },
          ],
        };
        const [entry] = parseFeed(changelogFeed(data));
        assert.equal(entry.title, carried(`1.0.0: ${label}: ${summary}`));
        assert.equal(entry.summary, carried(`${summary} (breaking)\n${label}: added ${field}`));
        assert.equal(entry.titleType, 'text');
        assert.equal(entry.summaryType, 'text');
      }),
      { numRuns: 300 },
    );
  });

  it('the committed feed parses and has one entry per id', () => {
    const entries = parseFeed(fs.readFileSync(path.join(ROOT, 'static/changelog/atom.xml'), 'utf8'));
    assert.ok(entries.length > 10, `expected the feed's entries, got ${entries.length}`);
    const ids = entries.map((e) => e.id);
    assert.deepEqual([...new Set(ids)], ids, 'duplicate entry ids');
  });
});
