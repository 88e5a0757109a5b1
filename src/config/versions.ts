/**
 * The versions of both docs instances (event docs and ADRs), read from
 * Docusaurus's `versions.json`: labels, paths, the dev-server subset, and the
 * redirects that give the latest release its pinned URLs (`/docs/11.2.0/…`).
 */
import type { Options as DocsOptions } from '@docusaurus/plugin-content-docs';
import { releaseLabel } from '../events/releases';
import { BASE_URL, NEXT } from '../site';
import { ADR_VERSIONS_FILE, DOCS_VERSIONS_FILE, readVersionsFile } from './versions-file';

/**
 * The releases of one docs instance, newest first, from `versions.json`
 * (`adr_versions.json` for the ADRs). `npm run release` keeps the two lists
 * equal; each instance reads its own, so the config still loads halfway
 * through a release, when one instance is versioned and the other not yet.
 */
export function readReleases(siteDir: string, pluginId: 'default' | 'adr'): string[] {
  return readVersionsFile(siteDir, pluginId === 'default' ? DOCS_VERSIONS_FILE : ADR_VERSIONS_FILE) ?? [];
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
      ...Object.fromEntries(releases.map((r, i) => [r, { label: releaseLabel(r), banner: i === 0 ? 'none' : 'unmaintained' }])),
    },
    ...(devServer ? { onlyIncludeVersions: ['current', releases[0]] } : {}),
  };
}

/**
 * The latest release is served at `/docs/…` and `/adr/…`; its pinned URLs
 * (`/docs/11.2.0/…`, the ones a permalink shows) redirect there, so a pinned
 * link works today and keeps working once a newer release moves it.
 */
export function pinnedLatestRedirects(releasesByRoute: Record<string, string[]>): (existingPath: string) => string[] | undefined {
  return (existingPath) => {
    for (const [route, releases] of Object.entries(releasesByRoute)) {
      const [latest] = releases;
      const prefix = `${BASE_URL}${route}`;
      if (!latest || (existingPath !== prefix && !existingPath.startsWith(`${prefix}/`))) continue;
      const rest = existingPath.slice(prefix.length);
      const firstSegment = rest.split('/')[1];
      if (firstSegment !== undefined && (firstSegment === NEXT || releases.includes(firstSegment))) return undefined;
      return [`${prefix}/${latest}${rest}`];
    }
    return undefined;
  };
}
