import path from 'node:path';
/**
 * What GFM turns into a link whatever the escapes: it looks for URLs, `www.`
 * and e-mail addresses in the text Markdown has already unescaped.
 */
const AUTOLINK = /https?:\/\/|www\.|@/i;

/**
 * Text from the definitions, made safe to place in MDX prose, where it shows
 * as it is written:
 *
 * - every ASCII punctuation character is backslash-escaped: a brace or an
 *   angle bracket would open an expression or a JSX tag, a backslash would
 *   escape the escape after it, and the others make emphasis, code, links,
 *   character references (`&amp;`), headings, lists, quotes, tables and
 *   admonitions;
 * - line endings become character references: a line ending would end the
 *   paragraph or start a block (a list item, a heading, an `export`);
 * - a leading `import ` or `export ` gets its first letter as a character
 *   reference: MDX reads a line that starts with one as JavaScript;
 * - text that GFM would autolink goes in as a JavaScript string in an
 *   expression instead, which React shows as text and Markdown never reads.
 *
 * Text placed at the start of a line must not start with blanks (four make
 * an indented code block): trim it first.
 */
export function escapeMdxText(text: string): string {
  if (AUTOLINK.test(text)) return `{${JSON.stringify(text)}}`;
  return text
    .replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`)
    .replace(/[\r\n]/g, (c) => `&#${c.charCodeAt(0)};`)
    .replace(/^(?:import|export) /, (word) => `&#${word.charCodeAt(0)};${word.slice(1)}`);
}

/**
 * A link from one page to another as a relative URL, so that it stays inside
 * the version of the page that holds it (`/docs/11.2.0/events/…` links to
 * `/docs/11.2.0/events/…`, not to the latest release).
 */
export function relativeUrl(fromPage: string, toPage: string): string {
  const [toPath, hash] = toPage.split('#');
  const rel = path.posix.relative(path.posix.dirname(fromPage), toPath);
  return `${rel.startsWith('.') ? rel : `./${rel}`}${hash === undefined ? '' : `#${hash}`}`;
}
