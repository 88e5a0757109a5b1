/**
 * JSON highlighted without Prism: the tokenizer against Prism's own JSON
 * grammar on random JSON (fast-check), the MDX blocks it takes over, and the
 * stylesheet that colours its tokens from the site's Prism themes, against
 * the colours prism-react-renderer (Docusaurus's code blocks) gives them.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Highlight, Prism, themes, type PrismTheme } from 'prism-react-renderer';
import { jsonTokens, plainJsonBlock } from '../../src/components/JsonExample/tokens';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LoadContext } from '@docusaurus/types';
import config from '../../docusaurus.config';
import codeHighlighting from '../../src/plugins/code-highlighting';
import { STATIC_CODE_CLASS, tokenCss } from '../../src/plugins/code-highlighting/token-css';

/** The text of a Prism token's content, which may hold nested tokens. */
type TokenContent = string | { content: TokenContent } | TokenContent[];
function tokenText(content: TokenContent): string {
  if (typeof content === 'string') return content;
  return Array.isArray(content) ? content.map(tokenText).join('') : tokenText(content.content);
}

/** Prism's tokens of the text, flattened to [classes, text], whitespace unclassed as ours is. */
function prismTokens(text: string): Array<[string, string]> {
  return Prism.tokenize(text, Prism.languages.json).map((t) =>
    typeof t === 'string' ? ['', t] : [[t.type, ...(t.alias ? [t.alias].flat() : [])].join(' '), tokenText(t.content)],
  );
}

const ours = (text: string): Array<[string, string]> => jsonTokens(text).map((t) => [t.classes.join(' '), t.text]);

describe('JSON tokens without Prism', () => {
  it('give the same tokens as Prism for any JSON value, pretty-printed or not, and rebuild the text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        assert.equal(
          jsonTokens(text)
            .map((t) => t.text)
            .join(''),
          text,
        );
        assert.deepEqual(ours(text), prismTokens(text));
      }),
      { numRuns: 300 },
    );
  });

  it('refuse text that is not JSON, saying where', () => {
    assert.throws(() => jsonTokens('{"a": undefined}'), /Not JSON at character 6/);
    assert.throws(() => jsonTokens("{'a': 1}"), /Not JSON at character 1/);
  });

  it('take over a plain ```json block only', () => {
    const code = '{\n  "a": 1\n}';
    assert.equal(plainJsonBlock({ className: 'language-json', children: `${code}\n` })?.code, code);
    assert.equal(plainJsonBlock({ className: 'language-json', children: `${code}\n`, metastring: undefined })?.code, code);
    assert.equal(plainJsonBlock({ className: 'language-js', children: code }), undefined);
    assert.equal(plainJsonBlock({ className: 'language-json', children: code, title: 'payload.json' }), undefined);
    assert.equal(plainJsonBlock({ className: 'language-json', children: '{ "a": 1, // comment\n}' }), undefined);
  });
});

/** Every type of JSON token: property, operator, string, number, boolean, null (a keyword), punctuation. */
const SAMPLE_JSON = JSON.stringify(
  { name: 'Intro', effort: -1.5e3, hidden: false, shown: true, end: null, tags: ['a', { nested: [] }] },
  null,
  2,
);

type Declarations = Record<string, string>;

/** A React style object as CSS declarations (`fontStyle: 'italic'` is `font-style: italic`). */
function asCss(style: object | undefined): Declarations {
  return Object.fromEntries(
    Object.entries(style ?? {})
      .filter(([, value]) => value !== undefined)
      .map(([property, value]) => [property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), String(value)]),
  );
}

/** The colours Docusaurus's code blocks would give the text: prism-react-renderer's style of the block and of each token. */
function highlightedByPrismReactRenderer(theme: PrismTheme, code: string) {
  let block: Declarations = {};
  const tokens: Array<{ types: string[]; content: string; style: Declarations }> = [];
  renderToStaticMarkup(
    createElement(Highlight, {
      theme,
      code,
      language: 'json',
      children: ({ style, tokens: lines, getTokenProps }) => {
        block = asCss(style);
        for (const token of lines.flat())
          tokens.push({ types: token.types, content: token.content, style: asCss(getTokenProps({ token }).style) });
        return createElement('pre');
      },
    }),
  );
  return { block, tokens };
}

interface CssRule {
  mode: string;
  /** The token type a rule targets, or null for the block itself. */
  type: string | null;
  declarations: Declarations;
}

/**
 * The rules of the stylesheet, in order. Each selector must be one of the two
 * forms the page relies on: the block under Docusaurus's `data-theme`
 * attribute, or a token class inside it; anything else fails the test.
 */
function cssRules(css: string): CssRule[] {
  const block = `\\[data-theme='(light|dark)'\\] \\.${STATIC_CODE_CLASS}`;
  const selectorForm = new RegExp(`^${block}(?: \\.token\\.([\\w-]+))?$`);
  const rules: CssRule[] = [];
  for (const [, selectors, body] of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const declarations = Object.fromEntries(
      body
        .split(';')
        .filter((d) => d.trim())
        .map((d) => {
          const [property, ...value] = d.split(':');
          return [property.trim(), value.join(':').trim()];
        }),
    );
    for (const selector of selectors.split(',').map((s) => s.trim())) {
      const match = selectorForm.exec(selector);
      assert.ok(match, `unexpected selector ${selector}`);
      rules.push({ mode: match[1], type: match[2] ?? null, declarations });
    }
  }
  return rules;
}

/**
 * What a browser applies to the block (types null) or to a token span with
 * these classes: every matching rule, a later one winning, as all the rules
 * have the same specificity.
 */
function appliedDeclarations(rules: CssRule[], mode: string, types: string[] | null): Declarations {
  const matches = rules.filter((r) => r.mode === mode && (types === null ? r.type === null : r.type !== null && types.includes(r.type)));
  return Object.assign({}, ...matches.map((r) => r.declarations)) as Declarations;
}

describe('token stylesheet', () => {
  it('keeps the themes order, so a later style wins as in prism-react-renderer, and skips other languages', () => {
    const theme: PrismTheme = {
      plain: { color: '#111111' },
      styles: [
        { types: ['property'], style: { color: '#222222' } },
        { types: ['property'], style: { color: '#333333' }, languages: ['markup'] },
        { types: ['property'], style: { color: '#444444' } },
      ],
    };
    const rules = tokenCss(theme, theme, 'json')
      .split('\n')
      .filter((l) => l.startsWith("[data-theme='light'] .static-code .token.property"));
    assert.deepEqual(
      rules.map((r) => /color: (#\d+)/.exec(r)![1]),
      ['#222222', '#444444'],
    );
  });
});

describe('code-highlighting plugin', () => {
  const context = (prism: object, generatedFilesDir: string) =>
    ({ siteConfig: { themeConfig: { prism } }, generatedFilesDir }) as unknown as LoadContext;

  it('serves a stylesheet that colours the block and every JSON token as prism-react-renderer does with the configured themes, light and dark', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'code-highlighting-'));
    try {
      const { prism } = config.themeConfig;
      const plugin = codeHighlighting(context(prism, dir));
      const [stylesheet, ...others] = plugin.getClientModules!();
      assert.deepEqual(others, []);
      assert.ok(stylesheet.startsWith(dir), `${stylesheet} is not in the generated files`);
      const rules = cssRules(fs.readFileSync(stylesheet, 'utf8'));
      const tested = new Set<string>();
      for (const [mode, theme] of [
        ['light', prism.theme],
        ['dark', prism.darkTheme],
      ] as const) {
        const expected = highlightedByPrismReactRenderer(theme, SAMPLE_JSON);
        assert.deepEqual(appliedDeclarations(rules, mode, null), expected.block, `${mode} block`);
        for (const token of expected.tokens) {
          assert.deepEqual(
            appliedDeclarations(rules, mode, token.types),
            token.style,
            `${mode} ${token.types.join(' ')} ${JSON.stringify(token.content)}`,
          );
          for (const type of token.types) tested.add(type);
        }
      }
      // The sample must reach every type of token the JSON grammar gives, or a missing rule would go unseen.
      assert.deepEqual([...tested].sort(), [
        'boolean',
        'keyword',
        'null',
        'number',
        'operator',
        'plain',
        'property',
        'punctuation',
        'string',
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses additional Prism languages, which need the client module it removes, and a missing theme', () => {
    const dir = os.tmpdir();
    assert.throws(
      () => codeHighlighting(context({ theme: themes.github, darkTheme: themes.dracula, additionalLanguages: ['java'] }, dir)),
      /additionalLanguages \(java\) needs the classic theme's prism-include-languages client module/,
    );
    assert.throws(() => codeHighlighting(context({ theme: themes.github }, dir)), /needs a theme and a darkTheme/);
  });
});
