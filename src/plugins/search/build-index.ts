/**
 * Indexes the built site with Pagefind. The index is split into small files
 * by word, so a search downloads the part of the index its words need, not
 * an index of every page: what the first search costs stays about the same as
 * the catalog grows. Only doc contents are indexed (they carry
 * `data-pagefind-body`, from theme/DocItem/Content); the home page, redirects
 * and the 404 page do not, and are skipped.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { INDEXED_CONTENT_ATTRIBUTE, SEARCH_BUNDLE_DIR, UNINDEXED_SELECTORS } from './contract';

const RUNNER = path.join(__dirname, 'pagefind-runner.mjs');

/**
 * What Pagefind writes for sites that use its own interfaces (this one has its
 * own search box, theme/SearchBar) and for pages of no declared language (the
 * index is English only): left out of the served bundle.
 */
const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  'wasm.unknown.pagefind',
];

export interface SearchIndexResult {
  pages: number;
  bundleDir: string;
}

/** Pages in the written index: Pagefind reads every HTML file but indexes only the marked ones. */
export function indexedPages(bundleDir: string): number {
  const entry = JSON.parse(fs.readFileSync(path.join(bundleDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/** Builds into a temporary folder and renames it into place, so a failed build leaves the last good index. */
export async function writeSearchIndex(outDir: string, extraExcludedSelectors: string[] = []): Promise<SearchIndexResult> {
  const bundleDir = path.join(outDir, SEARCH_BUNDLE_DIR);
  const tempDir = fs.mkdtempSync(path.join(outDir, `.${SEARCH_BUNDLE_DIR}-`));
  try {
    const request = {
      site: outDir,
      outputPath: tempDir,
      rootSelector: `[${INDEXED_CONTENT_ATTRIBUTE}]`,
      excludeSelectors: [...UNINDEXED_SELECTORS, ...extraExcludedSelectors],
    };
    let stdout: string;
    try {
      ({ stdout } = await promisify(execFile)(process.execPath, [RUNNER, JSON.stringify(request)], { maxBuffer: 1024 * 1024 }));
    } catch (error) {
      const stderr = (error as { stderr?: string }).stderr?.trim();
      throw new Error(`search index of ${outDir} failed: ${stderr || (error as Error).message}`);
    }
    const { files } = JSON.parse(stdout) as { files: number };
    const pages = indexedPages(tempDir);
    if (pages === 0) {
      throw new Error(
        `search index of ${outDir}: none of its ${files} HTML files has ${INDEXED_CONTENT_ATTRIBUTE}, which src/plugins/search/theme/DocItem/Content puts on every doc`,
      );
    }
    for (const file of UNUSED_BUNDLE_FILES) fs.rmSync(path.join(tempDir, file), { force: true });
    fs.rmSync(bundleDir, { recursive: true, force: true });
    fs.renameSync(tempDir, bundleDir);
    return { pages, bundleDir };
  } finally {
    fs.rmSync(tempDir, { recursive: true, force: true });
  }
}
