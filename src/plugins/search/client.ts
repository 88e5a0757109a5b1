/**
 * The browser side of search: loads the Pagefind bundle on demand and turns
 * its results into the links the search bar shows.
 */
import { routeOf, SEARCH_BUNDLE_DIR, VERSION_FILTER } from './contract';

/** The part of Pagefind's browser API this site uses. */
interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(term: string, options: { filters?: Record<string, string> }, ms?: number): Promise<PagefindResponse | null>;
}
interface PagefindResponse {
  results: Array<{ id: string; data(): Promise<PagefindPage> }>;
}
interface PagefindPage {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: Array<{ title: string; url: string; excerpt: string }>;
}

export interface SearchHit {
  /** The page's route, as the client router knows it. */
  route: string;
  title: string;
  /** HTML from Pagefind: the page's words, escaped, with the matches in `<mark>`. */
  excerpt: string;
  /** Up to two sections of the page that match, each linking to its heading. */
  sections: Array<{ route: string; title: string }>;
}

const MAX_HITS = 8;
const MAX_SECTIONS = 2;

let loading: Promise<Pagefind> | undefined;

/** Loads the bundle once, at the first focus of the search box. It is not part of the site's JavaScript bundle. */
export function loadPagefind(baseUrl: string): Promise<Pagefind> {
  loading ??= (async () => {
    const url = `${baseUrl}${SEARCH_BUNDLE_DIR}/pagefind.js`;
    const pagefind = (await import(/* webpackIgnore: true */ url)) as Pagefind;
    await pagefind.options({ baseUrl, excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** The hits for `term` in one docs version, best first; null when a newer search has superseded this one. */
export async function searchVersion(pagefind: Pagefind, term: string, version: string): Promise<SearchHit[] | null> {
  const response = await pagefind.debouncedSearch(term, { filters: { [VERSION_FILTER]: version } }, 150);
  if (!response) return null;
  const pages = await Promise.all(response.results.slice(0, MAX_HITS).map((r) => r.data()));
  return pages.map((page) => {
    const route = routeOf(page.url);
    return {
      route,
      title: page.meta.title ?? route,
      excerpt: page.excerpt,
      sections: page.sub_results
        .map((s) => ({ route: routeOf(s.url), title: s.title }))
        .filter((s) => s.route !== route && s.title !== page.meta.title)
        .slice(0, MAX_SECTIONS),
    };
  });
}
