import { useDocsPreferredVersion, useLatestVersion } from '@docusaurus/plugin-content-docs/client';
import { usePageVersion } from '../../components/Versioned';

/**
 * The docs version a search looks in: the version of the page being read
 * (event reference or ADRs, whose versions share names); elsewhere, the
 * version the reader last chose, else the latest release.
 */
export function useSearchVersion(): string {
  const pageVersion = usePageVersion();
  const { preferredVersion } = useDocsPreferredVersion('default');
  const latest = useLatestVersion('default');
  return pageVersion?.name ?? preferredVersion?.name ?? latest.name;
}
