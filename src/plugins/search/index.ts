/**
 * Site search without a hosted service: Pagefind indexes the built pages
 * (build-index.ts) and the navbar's search bar (theme/SearchBar) queries that
 * index in the browser, within the docs version being read.
 */
import path from 'node:path';
import type { Plugin } from '@docusaurus/types';
import { writeSearchIndex } from './build-index';

/**
 * A component keeps its own parts out of the index with Pagefind's
 * `data-pagefind-ignore` attribute (see AnchorLink, JsonExample).
 */
export default function search(): Plugin {
  return {
    name: 'search',
    getThemePath: () => path.join(__dirname, 'theme'),
    async postBuild({ outDir }) {
      await writeSearchIndex(outDir);
    },
  };
}
