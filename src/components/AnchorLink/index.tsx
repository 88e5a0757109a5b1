import React, { useState } from 'react';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import clsx from 'clsx';
import styles from './styles.module.css';

/**
 * Declares `id` as an anchor of the page (so the build's broken-anchor check
 * knows it) and shows a `#` link plus a button that copies the full URL.
 */
export function useAnchor(id: string): void {
  useBrokenLinks().collectAnchor(id);
}

/** Copies text to the clipboard; `copied` stays true for a moment after, for the button's feedback. */
export function useClipboard(): { copied: boolean; copy: (text: string) => Promise<void> } {
  const [copied, setCopied] = useState(false);
  const copy = async (text: string) => {
    await navigator.clipboard.writeText(text);
    setCopied(true);
    window.setTimeout(() => setCopied(false), 1500);
  };
  return { copied, copy };
}

/**
 * A button that copies a URL (relative ones are resolved against the page) to
 * the clipboard. As an icon (beside headings) it adds no text to the heading,
 * so the table of contents and the search index stay clean.
 */
export function CopyLinkButton({
  href,
  label,
  icon = false,
  className,
}: {
  href: string;
  label: string;
  icon?: boolean;
  /** Where the icon shows (on hover of which element) is the caller's to say. */
  className?: string;
}): React.JSX.Element {
  const { copied, copy } = useClipboard();
  return (
    <button
      type="button"
      className={clsx(icon ? styles.copyIcon : styles.copy, className)}
      onClick={() => void copy(new URL(href, window.location.href).href)}
      aria-label={`Copy link to ${label}`}
      title={copied ? 'Link copied' : `Copy link to ${label}`}
      data-copied={copied || undefined}>
      {icon ? (
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d={
              copied
                ? 'M6.2 11.6 2.6 8l1.1-1.1 2.5 2.5 6.1-6.1 1.1 1.1z'
                : 'M5 1h8a1 1 0 0 1 1 1v9h-1.5V2.5H5zM2 4h8a1 1 0 0 1 1 1v9a1 1 0 0 1-1 1H2a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1zm.5 1.5v8h7v-8z'
            }
          />
        </svg>
      ) : copied ? (
        'copied'
      ) : (
        'copy link'
      )}
    </button>
  );
}

export default function AnchorLink({ id, label }: { id: string; label: string }): React.JSX.Element {
  useAnchor(id);
  return (
    // Out of the search index (Pagefind's attribute): a `#` and "copy link" are no words of the page.
    <span className={styles.anchor} data-pagefind-ignore="">
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
