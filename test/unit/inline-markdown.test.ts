/**
 * The inline Markdown of descriptions (src/components/InlineMarkdown): parsed
 * as micromark, CommonMark's reference parser in JavaScript, parses it, on
 * every description of the site's page data (Next and the frozen releases) and
 * on generated text; rendered without any markup of its own.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import React from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { PhrasingContent } from 'mdast';
import { type InlineNode, isSafeHref, parseInline } from '../../src/components/InlineMarkdown/parse';
import { ROOT } from '../support/temp-site';

/** micromark's tree of a one-paragraph text, in the parser's own node kinds. */
function reference(text: string): InlineNode[] {
  const root = fromMarkdown(text);
  if (root.children.length === 0) return [];
  assert.equal(root.children.length, 1, `not one paragraph: ${JSON.stringify(text)}`);
  const paragraph = root.children[0];
  assert.equal(paragraph.type, 'paragraph', `not a paragraph: ${JSON.stringify(text)}`);
  return merged(paragraph.children.map(toNode));
}

function toNode(node: PhrasingContent): InlineNode {
  switch (node.type) {
    case 'text':
      return { kind: 'text', text: node.value };
    case 'inlineCode':
      return { kind: 'code', text: node.value };
    case 'emphasis':
    case 'strong':
      return { kind: node.type, children: merged(node.children.map(toNode)) };
    case 'link':
      return { kind: 'link', href: node.url, children: merged(node.children.map(toNode)) };
    default:
      throw new Error(`construct the descriptions do not use: ${node.type}`);
  }
}

function merged(nodes: InlineNode[]): InlineNode[] {
  const out: InlineNode[] = [];
  for (const n of nodes) {
    const last = out.at(-1);
    if (n.kind === 'text' && last?.kind === 'text') out[out.length - 1] = { kind: 'text', text: last.text + n.text };
    else out.push(n);
  }
  return out;
}

/** Every string under a description-like key of the generated page data. */
function descriptions(): string[] {
  const found = new Set<string>();
  const keys = new Set(['description', 'reason', 'summary', 'trigger', 'use']);
  const visit = (value: unknown, key = '') => {
    if (typeof value === 'string' && keys.has(key)) found.add(value);
    else if (Array.isArray(value)) value.forEach((v) => visit(v));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, k);
  };
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.data.json')) visit(JSON.parse(fs.readFileSync(file, 'utf8')));
    }
  };
  walk(path.join(ROOT, 'docs/events'));
  walk(path.join(ROOT, 'versioned_docs'));
  return [...found];
}

describe('inline Markdown of descriptions', () => {
  it('parses every description of the site as micromark does', () => {
    const all = descriptions();
    assert.ok(all.length > 300, `only ${all.length} descriptions found`);
    assert.ok(
      all.some((d) => parseInline(d).some((n) => n.kind === 'code')),
      'no description has inline code',
    );
    for (const text of all) assert.deepEqual(parseInline(text), reference(text), text);
  });

  it('parses generated text of code spans, emphasis, links and escapes as micromark does', () => {
    const piece = fc.constantFrom(
      'course',
      'course_key',
      '_',
      '__',
      '*',
      '**',
      '`',
      '``',
      ' ',
      '[',
      ']',
      '(',
      ')',
      '](https://example.org/a)',
      '](/docs/events)',
      '\\',
      '\\*',
      '\\`',
      '.',
      ',',
      '-',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const text = `x ${pieces.join('')} y`;
        assert.deepEqual(parseInline(text), reference(text), text);
      }),
      { numRuns: 20000 },
    );
  });

  it('keeps links to other schemes as text', () => {
    assert.equal(isSafeHref('javascript:alert(1)'), false);
    assert.deepEqual(parseInline('see [this](javascript:alert(1))'), [{ kind: 'text', text: 'see [this](javascript:alert(1))' }]);
    assert.deepEqual(parseInline('see [the guide](/docs/guides/schemas)'), [
      { kind: 'text', text: 'see ' },
      { kind: 'link', href: '/docs/guides/schemas', children: [{ kind: 'text', text: 'the guide' }] },
    ]);
  });

  it('renders HTML in a description as text, never as markup', async () => {
    const { default: InlineMarkdown } = await import('../../src/components/InlineMarkdown/render');
    const html = renderToStaticMarkup(React.createElement(InlineMarkdown, { text: 'a <script>alert(1)</script> and `<b>` in *emphasis*' }));
    assert.equal(html, 'a &lt;script&gt;alert(1)&lt;/script&gt; and <code>&lt;b&gt;</code> in <em>emphasis</em>');
  });
});
