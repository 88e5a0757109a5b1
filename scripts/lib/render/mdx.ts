import path from 'node:path';
/**
 * Text from the definitions, made safe to place in MDX prose: braces, angle
 * brackets and backslashes are escaped (a backslash left alone would escape
 * the escape of a brace after it, and the brace would open an expression).
 */
export function escapeMdxText(text: string): string {
  return text.replace(/[\\{}<>]/g, (c) => `\\${c}`);
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
