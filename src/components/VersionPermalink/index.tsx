/**
 * "Link to this version": the URL of the page pinned to its release, which
 * keeps showing this text after newer releases. The latest release lives at
 * `/docs/…`; its pinned URL `/docs/<release>/…` redirects there until a newer
 * release takes its place.
 */
import React from 'react';
import { useLocation } from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { CopyLinkButton } from '../AnchorLink';
import { CURRENT_VERSION, usePageVersion, withVersion } from '../Versioned';
import styles from './styles.module.css';

export default function VersionPermalink(): React.JSX.Element | null {
  // The route, rather than the doc's metadata: generated index pages have no doc.
  const { pathname } = useLocation();
  const { siteConfig } = useDocusaurusContext();
  const version = usePageVersion();
  if (!version || (version.name === CURRENT_VERSION && version.isLast)) return null;
  const unreleased = version.name === CURRENT_VERSION;
  const pinned = version.isLast ? withVersion(pathname, version.name) : pathname;
  return (
    <p className={styles.permalink}>
      {unreleased ? 'Link to the unreleased version (its content changes): ' : `Link to this version (${version.name}): `}
      <a href={pinned} data-permalink>
        {siteConfig.url}
        {pinned}
      </a>{' '}
      <CopyLinkButton href={pinned} label={`this page in version ${unreleased ? 'Next' : version.name}`} />
    </p>
  );
}
