/**
 * A block of JSON, highlighted in the colours of the site's code blocks
 * without Prism (see src/theme/MDXComponents/Code). Every event page shows its
 * example payload in one: the theme's code block would cost each of them a
 * tokenising pass at hydration and a second rendering of the block after it
 * (the classic theme re-mounts code blocks to apply the colour mode). The
 * tokens carry Prism's class names; the stylesheet of
 * src/plugins/code-highlighting colours them.
 */
import React from 'react';
import clsx from 'clsx';
import { STATIC_CODE_CLASS } from '../../plugins/code-highlighting/token-css';
import { useClipboard } from '../AnchorLink';
import type { JsonToken } from './tokens';
import styles from './styles.module.css';

export default function JsonExample({ code, tokens }: { code: string; tokens: readonly JsonToken[] }): React.JSX.Element {
  const { copied, copy } = useClipboard();
  return (
    // Out of the search index (Pagefind's attribute): example payloads are invented values.
    <div className={clsx(STATIC_CODE_CLASS, styles.block)} data-pagefind-ignore="">
      <pre className={styles.pre} tabIndex={0}>
        <code>
          {tokens.map((token, i) =>
            token.classes.length ? (
              <span key={i} className={clsx('token', ...token.classes)}>
                {token.text}
              </span>
            ) : (
              token.text
            ),
          )}
        </code>
      </pre>
      <button
        type="button"
        className={styles.copy}
        onClick={() => void copy(code)}
        aria-label="Copy the JSON"
        title={copied ? 'Copied' : 'Copy the JSON'}
        data-copied={copied || undefined}>
        {copied ? 'copied' : 'copy'}
      </button>
    </div>
  );
}
