/**
 * Links that stay in the version of the page that holds them. The generator
 * writes every path as the latest release's (`/docs/events/x`,
 * `/schemas/x.json`); a page of Next or of an older release maps it to its own
 * version here, so frozen pages keep linking to their own release.
 */
import React from 'react';
import Link from '@docusaurus/Link';
import { useActivePluginAndVersion, useAllDocsData } from '@docusaurus/plugin-content-docs/client';
import { ADR_ROUTE, BASE_URL, LATEST, NEXT, schemaDir, withVersion, type SchemaChannel } from '../../site';

/** The id of the ADRs' docs instance (docusaurus.config.ts). */
const ADR_PLUGIN_ID = 'adr';

export { withVersion };

/** Docusaurus's name of the unreleased docs (`docs/`, `adr/`). */
export const CURRENT_VERSION = 'current';

export interface PageVersion {
  name: string;
  isLast: boolean;
}

/** The docs version of the page being rendered, or null outside the docs. */
export function usePageVersion(): PageVersion | null {
  const active = useActivePluginAndVersion({ failfast: false });
  const version = active?.activeVersion;
  return version ? { name: version.name, isLast: version.isLast } : null;
}

/** The URL segment of a version: none for the latest release, `next` for the unreleased docs, else the release. */
export function versionSegment(version: PageVersion | null): string {
  if (!version || version.isLast) return '';
  return version.name === CURRENT_VERSION ? NEXT : version.name;
}

/**
 * Maps a latest-release path to the page's version. An ADR path goes to the
 * unreleased ADRs (every ADR there is) when the ADRs have no such version:
 * the docs versions of the named Open edX releases are generated from the
 * event histories, the ADRs are versioned only by the releases this site cut.
 */
export function useVersionedPath(): (path: string) => string {
  const segment = versionSegment(usePageVersion());
  const adrVersions = useAllDocsData()[ADR_PLUGIN_ID]?.versions.map((v) => v.name) ?? [];
  const adrPrefix = `${BASE_URL}${ADR_ROUTE}`;
  return (path) => {
    const isAdr = path === adrPrefix || path.startsWith(`${adrPrefix}/`);
    return withVersion(path, isAdr && segment !== '' && segment !== NEXT && !adrVersions.includes(segment) ? NEXT : segment);
  };
}

/** Which schema files the page documents: `next`, its release, or the latest alias outside the docs. */
export function useSchemaChannel(): SchemaChannel {
  const version = usePageVersion();
  if (!version) return LATEST;
  return version.name === CURRENT_VERSION ? NEXT : version.name;
}

/** A Docusaurus Link whose target stays in the page's version. */
export function VersionedLink({ to, ...props }: React.ComponentProps<typeof Link> & { to: string }): React.JSX.Element {
  return <Link to={useVersionedPath()(to)} {...props} />;
}

/** A download link to a file of the page's schema set, e.g. `envelope.json`. */
export function SchemaFileLink({ file }: { file: string }): React.JSX.Element {
  const href = `${schemaDir(useSchemaChannel())}${file}`;
  return (
    <a href={href} download>
      <code>{href}</code>
    </a>
  );
}
