/**
 * Pagefind reads words from the HTML as written, and the built pages are
 * minified: the minifier drops optional end tags (`</p>`, `</li>`, `</td>`,
 * `</dd>`...) and every space between tags, and Pagefind never separates a
 * `<dt>` from its `<dd>`. Indexed as they are, neighbouring cells and list
 * items run together ("stringrequired", "actionlearning"), and neither word
 * can be found. The copy given to Pagefind gets a space before each block
 * element's start tag; the pages served are not changed.
 */
const BLOCK_START_TAG = /<(?:p|li|dt|dd|tr|td|th|h[1-6]|pre|blockquote|table|thead|tbody|ul|ol|dl|figure|figcaption|details|summary|section|header|footer)(?=[\s>/])/gi;

export function separateBlocks(html: string): string {
  return html.replace(BLOCK_START_TAG, ' $&');
}
