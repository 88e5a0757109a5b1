/**
 * The HTML given to Pagefind: a copy of each page with indexed content, cut
 * down to that content and with its words kept apart. The pages served are
 * not changed.
 *
 * - Cut down: a page's indexed content is the `<div data-pagefind-body>` of
 *   theme/DocItem/Content; navbar, sidebar and footer are two thirds of a
 *   page's bytes at 1,000 events, and Pagefind would read and drop them.
 *   `</div>` is never omitted from HTML, so counting `<div` and `</div>` finds
 *   the wrapper's end; when that fails, the whole page is given instead.
 * - Words apart: the built pages are minified, which drops optional end tags
 *   (`</p>`, `</li>`, `</td>`, `</dd>`...) and every space between tags, and
 *   Pagefind never separates a `<dt>` from its `<dd>`. Indexed as they are,
 *   neighbouring cells and list items run together ("stringrequired",
 *   "actionlearning"). The copy gets a space before each block element's
 *   start tag.
 * - Identifiers whole: `COURSE_<wbr>CATALOG_<wbr>INFO_<wbr>CHANGED` wraps at
 *   its underscores on the page (src/components/Identifier), but Pagefind
 *   would index the parts; the copy drops the `<wbr>`s, so a search for the
 *   whole signal or event type finds its page first.
 */
import { INDEXED_CONTENT_ATTRIBUTE } from './contract';

const BLOCK_START_TAG =
  /<(?:p|li|dt|dd|tr|td|th|h[1-6]|pre|blockquote|table|thead|tbody|ul|ol|dl|figure|figcaption|details|summary|section|header|footer)(?=[\s>/])/gi;
const DIV_TAG = /<div(?=[\s>])|<\/div>/gi;

const WORD_BREAK_OPPORTUNITY = /<wbr\s*\/?>/gi;

function separateBlocks(html: string): string {
  return html.replace(WORD_BREAK_OPPORTUNITY, '').replace(BLOCK_START_TAG, ' $&');
}

/** The `<div data-pagefind-body>` element of the page, or null when it cannot be cut out. */
export function indexedElement(html: string): string | null {
  const marker = html.search(new RegExp(`<div\\s[^>]*${INDEXED_CONTENT_ATTRIBUTE}(?=[\\s=>])`, 'i'));
  if (marker < 0) return null;
  DIV_TAG.lastIndex = marker;
  let depth = 0;
  for (let tag = DIV_TAG.exec(html); tag; tag = DIV_TAG.exec(html)) {
    depth += tag[0].startsWith('</') ? -1 : 1;
    if (depth === 0) return html.slice(marker, tag.index + tag[0].length);
  }
  return null;
}

/** What Pagefind reads for a page, or null when the page has no indexed content. */
export function indexableCopy(html: string): string | null {
  if (!html.includes(INDEXED_CONTENT_ATTRIBUTE)) return null;
  const element = indexedElement(html);
  return separateBlocks(element === null ? html : `<!doctype html><html><body>${element}</body></html>`);
}
