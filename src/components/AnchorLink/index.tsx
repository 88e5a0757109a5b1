import React, { useState } from 'react';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import styles from './styles.module.css';

/**
 * Declares `id` as an anchor of the page (so the build's broken-anchor check
 * knows it) and shows a `#` link plus a button that copies the full URL.
 */
export function useAnchor(id: string): void {
  useBrokenLinks().collectAnchor(id);
}

export default function AnchorLink({ id, label }: { id: string; label: string }): React.JSX.Element {
  useAnchor(id);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    const url = new URL(`#${id}`, window.location.href).href;
    await navigator.clipboard.writeText(url);
    setCopied(true);
    window.setTimeout(() => setCopied(false), 1500);
  };
  return (
    <span className={styles.anchor}>
      <a href={`#${id}`} className={styles.hash} aria-label={`Link to ${label}`} title={`Link to ${label}`}>
        #
      </a>
      <button type="button" className={styles.copy} onClick={copy} aria-label={`Copy link to ${label}`}>
        {copied ? 'copied' : 'copy link'}
      </button>
    </span>
  );
}
