/**
 * The versions of both docs instances (event docs and ADRs), read from
 * Docusaurus's `versions.json`: labels, paths, the dev-server subset, and the
 * redirects that give the latest release its pinned URLs (`/docs/11.2.0/…`).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Options as DocsOptions } from '@docusaurus/plugin-content-docs';
import { ADR_ROUTE, BASE_URL, DOCS_ROUTE, NEXT } from '../../site';

/** The releases, newest first (`npm run release` keeps both instances' lists equal). */
export function readReleases(siteDir: string): string[] {
  const file = path.join(siteDir, 'versions.json');
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as string[]) : [];
}

/**
 * Version options shared by both instances. The unreleased docs are "Next",
 * at `/<route>/next/`, under an "unreleased" banner; the latest release is at
 * `/<route>/`. The dev server builds only those two, however many releases
 * accumulate.
 */
export function versionOptions(releases: string[], devServer: boolean): Pick<DocsOptions, 'versions' | 'onlyIncludeVersions'> {
  if (releases.length === 0) return {};
  return {
    versions: {
      current: { label: 'Next (unreleased)', path: NEXT, banner: 'unreleased' },
      ...Object.fromEntries(releases.map((r, i) => [r, { label: r, banner: i === 0 ? 'none' : 'unmaintained' }])),
    },
    ...(devServer ? { onlyIncludeVersions: ['current', releases[0]] } : {}),
  };
}

/**
 * The latest release is served at `/docs/…` and `/adr/…`; its pinned URLs
 * (`/docs/11.2.0/…`, the ones a permalink shows) redirect there, so a pinned
 * link works today and keeps working once a newer release moves it.
 */
export function pinnedLatestRedirects(releases: string[]): (existingPath: string) => string[] | undefined {
  const [latest] = releases;
  if (!latest) return () => undefined;
  const notLatest = new Set([NEXT, ...releases.slice(1), latest]);
  return (existingPath) => {
    for (const route of [DOCS_ROUTE, ADR_ROUTE]) {
      const prefix = `${BASE_URL}${route}`;
      if (existingPath !== prefix && !existingPath.startsWith(`${prefix}/`)) continue;
      const rest = existingPath.slice(prefix.length);
      const firstSegment = rest.split('/')[1];
      if (firstSegment !== undefined && notLatest.has(firstSegment)) return undefined;
      return [`${prefix}/${latest}${rest}`];
    }
    return undefined;
  };
}
