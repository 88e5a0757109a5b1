/**
 * Inline Markdown nodes as React elements. React escapes the text, so nothing
 * in a description becomes markup of its own. Links to paths of this site go
 * through `SiteLink` (the page's versioned link); others are plain anchors.
 */
import React from 'react';
import { type InlineNode, parseInline } from './parse';

type LinkComponent = (props: { to: string; children: React.ReactNode }) => React.ReactNode;

const PlainLink: LinkComponent = ({ to, children }) => <a href={to}>{children}</a>;

function Nodes({ nodes, SiteLink }: { nodes: InlineNode[]; SiteLink: LinkComponent }): React.ReactNode {
  return nodes.map((node, i) => {
    switch (node.kind) {
      case 'text':
        return node.text;
      case 'code':
        return <code key={i}>{node.text}</code>;
      case 'emphasis':
        return (
          <em key={i}>
            <Nodes nodes={node.children} SiteLink={SiteLink} />
          </em>
        );
      case 'strong':
        return (
          <strong key={i}>
            <Nodes nodes={node.children} SiteLink={SiteLink} />
          </strong>
        );
      case 'link': {
        const Link = node.href.startsWith('/') ? SiteLink : PlainLink;
        return (
          <Link key={i} to={node.href}>
            <Nodes nodes={node.children} SiteLink={SiteLink} />
          </Link>
        );
      }
    }
  });
}

export default function MarkdownText({ text, SiteLink = PlainLink }: { text: string; SiteLink?: LinkComponent }): React.ReactNode {
  return <Nodes nodes={parseInline(text)} SiteLink={SiteLink} />;
}
