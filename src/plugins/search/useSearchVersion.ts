import { useActivePluginAndVersion, useDocsPreferredVersion, useLatestVersion } from '@docusaurus/plugin-content-docs/client';

/**
 * The docs version a search looks in: the version of the page being read
 * (event reference or ADRs, whose versions share names); elsewhere, the
 * version the reader last chose, else the latest release.
 */
export function useSearchVersion(): string {
  const active = useActivePluginAndVersion();
  const { preferredVersion } = useDocsPreferredVersion('default');
  const latest = useLatestVersion('default');
  return active?.activeVersion?.name ?? preferredVersion?.name ?? latest.name;
}
