/**
 * Site search without a hosted service: Pagefind indexes the built pages
 * (build-index.ts) and the navbar's search bar (theme/SearchBar) queries that
 * index in the browser, within the docs version being read.
 */
import path from 'node:path';
import type { Plugin } from '@docusaurus/types';
import { writeSearchIndex } from './build-index';

export interface SearchOptions {
  /** More CSS selectors to leave out of the index. */
  excludeSelectors?: string[];
}

/** The plugin, configured: `plugins: [search({ ... })]` in docusaurus.config.ts. */
export default function search(options: SearchOptions = {}): () => Plugin {
  return () => ({
    name: 'search',
    getThemePath: () => path.join(__dirname, 'theme'),
    async postBuild({ outDir }) {
      await writeSearchIndex(outDir, options.excludeSelectors);
    },
  });
}
