/**
 * A description rendered as the inline Markdown it is written in: `code`,
 * *emphasis*, **strong** and [links](https://example.org), nothing else (see
 * ./parse.ts). Links to pages of the site stay in the page's docs version.
 */
import React from 'react';
import { VersionedLink } from '../Versioned';
import MarkdownText from './render';

const SiteLink = ({ to, children }: { to: string; children: React.ReactNode }) => <VersionedLink to={to}>{children}</VersionedLink>;

export default function InlineMarkdown({ text }: { text: string }): React.ReactNode {
  return <MarkdownText text={text} SiteLink={SiteLink} />;
}
