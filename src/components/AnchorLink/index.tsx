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

/** A button that copies a URL (relative ones are resolved against the page) to the clipboard. */
export function CopyLinkButton({ href, label }: { href: string; label: string }): React.JSX.Element {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(new URL(href, window.location.href).href);
    setCopied(true);
    window.setTimeout(() => setCopied(false), 1500);
  };
  return (
    <button type="button" className={styles.copy} onClick={copy} aria-label={`Copy link to ${label}`}>
      {copied ? 'copied' : 'copy link'}
    </button>
  );
}

export default function AnchorLink({ id, label }: { id: string; label: string }): React.JSX.Element {
  useAnchor(id);
  return (
    <span className={styles.anchor}>
      <a href={`#${id}`} className={styles.hash} aria-label={`Link to ${label}`} title={`Link to ${label}`}>
        #
      </a>
      <CopyLinkButton href={`#${id}`} label={label} />
    </span>
  );
}

/**
 * A former anchor of the page, kept so that links made before a heading was
 * renamed still land on it: place it right before the renamed heading.
 */
export function AnchorAlias({ id }: { id: string }): React.JSX.Element {
  useAnchor(id);
  return <span id={id} className={styles.alias} />;
}
