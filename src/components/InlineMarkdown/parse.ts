/**
 * The inline Markdown that descriptions are written in, parsed into a small
 * tree: text, code spans, emphasis, strong emphasis and links. Nothing else:
 * raw HTML, images and autolinks stay text, so a description can never put
 * markup of its own into a page. The rules follow CommonMark for these
 * constructs (test/unit/inline-markdown.test.ts compares the result with
 * micromark's on every description of the catalog and on generated text).
 *
 * It runs where the descriptions are rendered, not at generation time: the
 * frozen releases' page data holds descriptions as Markdown source, and their
 * pages must render them too. It is small (about 1 kB gzipped), so pages stay light.
 */
export type InlineNode =
  | { kind: 'text'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'emphasis' | 'strong'; children: InlineNode[] }
  | { kind: 'link'; href: string; children: InlineNode[] };

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const WHITESPACE = /\s/;
const PUNCTUATION = /[\p{P}\p{S}]/u;

/** Link targets a description may use: relative URLs, the web and mail. Another scheme (`javascript:`) stays text. */
export function isSafeHref(href: string): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href);
  return !scheme || ['http', 'https', 'mailto'].includes(scheme[1].toLowerCase());
}

/** A code span: the backtick run closes at the next run of the same length; one space is stripped each side. */
function codeSpan(src: string, at: number): { node: InlineNode; end: number } | null {
  const open = /^`+/.exec(src.slice(at))![0];
  const closer = new RegExp(`(?<!\`)${open}(?!\`)`, 'g');
  closer.lastIndex = at + open.length;
  const close = closer.exec(src);
  if (!close) return null;
  let text = src.slice(at + open.length, close.index).replace(/\n/g, ' ');
  if (text.length >= 2 && text.startsWith(' ') && text.endsWith(' ') && /[^ ]/.test(text)) text = text.slice(1, -1);
  return { node: { kind: 'code', text }, end: close.index + open.length };
}

/** A link destination at `at`: `<…>`, or text without spaces whose parentheses balance; backslash escapes undone. */
function destination(src: string, at: number): { href: string; end: number } | null {
  if (src[at] === '<') {
    const close = /^<((?:[^<>\n\\]|\\.)*)>/.exec(src.slice(at));
    return close ? { href: unescape(close[1]), end: at + close[0].length } : null;
  }
  let depth = 0;
  let i = at;
  for (; i < src.length; i++) {
    const c = src[i];
    if (c === '\\' && ASCII_PUNCTUATION.test(src[i + 1] ?? '')) i++;
    else if (WHITESPACE.test(c) || c.charCodeAt(0) < 0x20) break;
    else if (c === '(') depth++;
    else if (c === ')' && depth-- === 0) break;
  }
  return depth > 0 ? null : { href: unescape(src.slice(at, i)), end: i };
}

const unescape = (text: string) => text.replace(/\\([!-/:-@[-`{-~])/g, '$1');

/** `[text](destination "title")`; the title is dropped. */
function link(src: string, at: number): { text: string; href: string; end: number } | null {
  let depth = 0;
  for (let i = at; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '`') {
      // A code span hides the brackets in it; a backtick run that opens none is text, all of it.
      const span = codeSpan(src, i);
      i = (span ? span.end : i + /^`+/.exec(src.slice(i))![0].length) - 1;
    } else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) {
      if (src[i + 1] !== '(') return null;
      const start = i + 2 + /^\s*/.exec(src.slice(i + 2))![0].length;
      const dest = destination(src, start);
      if (!dest) return null;
      const tail = /^(?:\s+(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\)))?\s*\)/.exec(src.slice(dest.end));
      if (!tail) return null;
      return { text: src.slice(at + 1, i), href: dest.href, end: dest.end + tail[0].length };
    }
  }
  return null;
}

/** A run of `*` or `_` that may open or close emphasis, until the runs are resolved. */
interface Delimiter {
  kind: 'delimiter';
  char: '*' | '_';
  length: number;
  canOpen: boolean;
  canClose: boolean;
}

type Item = InlineNode | Delimiter;

/** A text and the characters around it: a link's text is read between its brackets, not at a line's ends. */
interface Context {
  text: string;
  before: string;
  after: string;
}

/** CommonMark's flanking rules: whether a run of `*` or `_` can open and close emphasis. */
function flanking(src: Context, start: number, end: number, char: '*' | '_'): { canOpen: boolean; canClose: boolean } {
  const before = start > 0 ? src.text[start - 1] : src.before;
  const after = end < src.text.length ? src.text[end] : src.after;
  const leftFlanking = !WHITESPACE.test(after) && (!PUNCTUATION.test(after) || WHITESPACE.test(before) || PUNCTUATION.test(before));
  const rightFlanking = !WHITESPACE.test(before) && (!PUNCTUATION.test(before) || WHITESPACE.test(after) || PUNCTUATION.test(after));
  if (char === '*') return { canOpen: leftFlanking, canClose: rightFlanking };
  // An underscore inside a word (`course_key`) opens and closes nothing.
  return {
    canOpen: leftFlanking && (!rightFlanking || PUNCTUATION.test(before)),
    canClose: rightFlanking && (!leftFlanking || PUNCTUATION.test(after)),
  };
}

const asNode = (item: Item): InlineNode => (item.kind === 'delimiter' ? { kind: 'text', text: item.char.repeat(item.length) } : item);

/** The opener a closer pairs with: the nearest one of the same character, under the "rule of 3". */
function openerFor(items: Item[], closerAt: number): number {
  const closer = items[closerAt] as Delimiter;
  for (let o = closerAt - 1; o >= 0; o--) {
    const opener = items[o];
    if (opener.kind !== 'delimiter' || opener.char !== closer.char || !opener.canOpen) continue;
    const mayBeEither = opener.canClose || closer.canOpen;
    if (mayBeEither && (opener.length + closer.length) % 3 === 0 && (opener.length % 3 !== 0 || closer.length % 3 !== 0)) continue;
    return o;
  }
  return -1;
}

/** Pairs the delimiter runs into emphasis and strong emphasis (CommonMark's "process emphasis"); the rest is text. */
function resolveEmphasis(items: Item[]): InlineNode[] {
  let c = 0;
  while (c < items.length) {
    const closer = items[c];
    const o = closer.kind === 'delimiter' && closer.canClose ? openerFor(items, c) : -1;
    if (o < 0) {
      c++;
      continue;
    }
    const opener = items[o] as Delimiter;
    const closing = closer as Delimiter;
    const use = opener.length >= 2 && closing.length >= 2 ? 2 : 1;
    opener.length -= use;
    closing.length -= use;
    // Runs left between the pair can no longer match anything: they are text inside the emphasis.
    const wrapped: InlineNode = { kind: use === 2 ? 'strong' : 'emphasis', children: items.slice(o + 1, c).map(asNode) };
    const kept = [...(opener.length ? [opener] : []), wrapped, ...(closing.length ? [closing] : [])];
    items.splice(o, c - o + 1, ...kept);
    // Carry on with what is left of the closer, or with the item after the new node.
    c = o + (opener.length ? 1 : 0) + 1;
  }
  return items.map(asNode);
}

/** Adjacent text nodes merged, empty ones dropped. */
function normalize(nodes: InlineNode[]): InlineNode[] {
  const out: InlineNode[] = [];
  for (const n of nodes) {
    if (n.kind === 'text') {
      if (n.text === '') continue;
      const last = out.at(-1);
      if (last?.kind === 'text') out[out.length - 1] = { kind: 'text', text: last.text + n.text };
      else out.push(n);
    } else if (n.kind === 'code') out.push(n);
    else out.push({ ...n, children: normalize(n.children) });
  }
  return out;
}

const holdsLink = (node: InlineNode): boolean =>
  node.kind === 'link' || ((node.kind === 'emphasis' || node.kind === 'strong') && node.children.some(holdsLink));

/** The inline Markdown of `src` as a tree. */
export function parseInline(src: string, around: Omit<Context, 'text'> = { before: ' ', after: ' ' }): InlineNode[] {
  const context: Context = { text: src, ...around };
  const nodes: Item[] = [];
  let text = '';
  const flush = () => {
    if (text) nodes.push({ kind: 'text', text });
    text = '';
  };
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === '\\' && i + 1 < src.length && ASCII_PUNCTUATION.test(src[i + 1])) {
      text += src[i + 1];
      i += 2;
    } else if (c === '`') {
      const span = codeSpan(src, i);
      if (span) {
        flush();
        nodes.push(span.node);
        i = span.end;
      } else {
        const run = /^`+/.exec(src.slice(i))![0];
        text += run;
        i += run.length;
      }
    } else if (c === '[') {
      const found = link(src, i);
      const children = found && isSafeHref(found.href) ? parseInline(found.text, { before: '[', after: ']' }) : null;
      // Links do not nest: when the text holds a link, that one wins and this bracket is text.
      if (found && children && !children.some(holdsLink)) {
        flush();
        nodes.push({ kind: 'link', href: found.href, children });
        i = found.end;
      } else {
        text += c;
        i++;
      }
    } else if (c === '*' || c === '_') {
      const run = new RegExp(`^\\${c}+`).exec(src.slice(i))![0];
      flush();
      nodes.push({ kind: 'delimiter', char: c, length: run.length, ...flanking(context, i, i + run.length, c) });
      i += run.length;
    } else {
      text += c;
      i++;
    }
  }
  flush();
  return normalize(resolveEmphasis(nodes));
}
