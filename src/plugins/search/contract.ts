/**
 * What the search index and the search bar agree on: where the index is
 * served, how a page says which version it belongs to, and how an indexed
 * file becomes a route. Imported by both the build (Node) and the browser.
 */

/** The accessible name of the navbar's search box. */
export const SEARCH_BOX_LABEL = 'Search the docs';

/** The folder of the built site that holds the Pagefind bundle, served at `/pagefind/`. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/**
 * The filter every indexed page carries: the name of its docs version
 * (`current` for Next, or a release such as `11.2.0`). Both docs instances,
 * the event reference and the ADRs, use the same names.
 */
export const VERSION_FILTER = 'version';

/**
 * The attribute that marks a page's indexed content (theme/DocItem/Content
 * puts it on every doc). Pagefind is given it as the root of each document, so
 * a page without it is skipped, never indexed whole with its navbar and footer.
 */
export const INDEXED_CONTENT_ATTRIBUTE = 'data-pagefind-body';

/** Never indexed: link-copy buttons, heading anchors and SVG drawings (their labels are in the text). Components mark their own parts with `data-pagefind-ignore`. */
export const UNINDEXED_SELECTORS = ['button', '.hash-link', 'svg'];

/**
 * Pagefind names a page by its file (`/docs/events/x.html`, `/adr/index.html`);
 * the site serves it at its route (`/docs/events/x`, `/adr/`), and only the
 * route is known to the client router. Keeps any `#anchor`.
 */
export function routeOf(indexedUrl: string): string {
  const hash = indexedUrl.indexOf('#');
  const [file, anchor] = hash < 0 ? [indexedUrl, ''] : [indexedUrl.slice(0, hash), indexedUrl.slice(hash)];
  return file.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '') + anchor;
}
