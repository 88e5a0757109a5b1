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
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { INDEXED_CONTENT_ATTRIBUTE, SEARCH_BUNDLE_DIR, UNINDEXED_SELECTORS } from './contract';
import { indexableCopy } from './indexable-html';
import { z } from 'zod';
import { readJsonFile } from '../../json-file';

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

/** What this plugin reads of Pagefind's entry file. */
const pagefindEntry = z.object({ languages: z.record(z.object({ page_count: z.number() })) });

/** Pages in a written Pagefind bundle, from its entry file. */
export function indexedPages(bundleDir: string): number {
  const entry = readJsonFile(path.join(bundleDir, 'pagefind-entry.json'), pagefindEntry);
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/**
 * Where the copies for Pagefind go: memory (`/dev/shm`) where the machine has
 * it, else the OS temp directory. At 1,000 events the copies are 1,375 files;
 * on this project's build machine writing them to disk took 2.3 s, to memory 0.2 s.
 */
function scratchRoot(): string {
  try {
    fs.accessSync('/dev/shm', fs.constants.W_OK);
    return '/dev/shm';
  } catch {
    return os.tmpdir();
  }
}

/**
 * Copies the pages that have indexed content into `pagesDir`, cut down to
 * that content (indexable-html.ts), keeping their paths, so Pagefind names
 * them by their place in the site; the others (home page, redirects, 404) are
 * left out. Returns how many HTML files were read and copied.
 */
async function copyIndexablePages(outDir: string, pagesDir: string): Promise<{ read: number; copied: number }> {
  const files = fs
    .readdirSync(outDir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.html') && !f.startsWith(`${SEARCH_BUNDLE_DIR}${path.sep}`));
  const writes: Array<Promise<void>> = [];
  for (const file of files) {
    const copy = indexableCopy(fs.readFileSync(path.join(outDir, file), 'utf8'));
    if (copy === null) continue;
    const target = path.join(pagesDir, file);
    writes.push(fs.promises.mkdir(path.dirname(target), { recursive: true }).then(() => fs.promises.writeFile(target, copy)));
  }
  await Promise.all(writes);
  return { read: files.length, copied: writes.length };
}

/** Builds into a temporary folder and renames it into place, so a failed build leaves the last good index. */
export async function writeSearchIndex(outDir: string): Promise<SearchIndexResult> {
  const bundleDir = path.join(outDir, SEARCH_BUNDLE_DIR);
  const tempDir = fs.mkdtempSync(path.join(outDir, `.${SEARCH_BUNDLE_DIR}-`));
  const pagesDir = fs.mkdtempSync(path.join(scratchRoot(), 'search-pages-'));
  try {
    const { read, copied } = await copyIndexablePages(outDir, pagesDir);
    if (copied === 0) {
      throw new Error(
        `search index of ${outDir}: none of its ${read} HTML files has ${INDEXED_CONTENT_ATTRIBUTE}, which src/plugins/search/theme/DocItem/Content puts on every doc`,
      );
    }
    const request = {
      site: pagesDir,
      outputPath: tempDir,
      rootSelector: `[${INDEXED_CONTENT_ATTRIBUTE}]`,
      excludeSelectors: UNINDEXED_SELECTORS,
    };
    try {
      await promisify(execFile)(process.execPath, [RUNNER, JSON.stringify(request)], { maxBuffer: 1024 * 1024 });
    } catch (error) {
      const stderr = (error as { stderr?: string }).stderr?.trim();
      // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing -- an empty stderr says nothing: use the message
      throw new Error(`search index of ${outDir} failed: ${stderr || (error as Error).message}`);
    }
    const pages = indexedPages(tempDir);
    if (pages === 0) {
      throw new Error(
        `search index of ${outDir}: Pagefind found no ${INDEXED_CONTENT_ATTRIBUTE} element in the ${copied} pages that mention it`,
      );
    }
    for (const file of UNUSED_BUNDLE_FILES) fs.rmSync(path.join(tempDir, file), { force: true });
    fs.rmSync(bundleDir, { recursive: true, force: true });
    fs.renameSync(tempDir, bundleDir);
    return { pages, bundleDir };
  } finally {
    fs.rmSync(tempDir, { recursive: true, force: true });
    fs.rmSync(pagesDir, { recursive: true, force: true });
  }
}
