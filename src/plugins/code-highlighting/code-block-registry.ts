/**
 * The classic theme's code block, once a page's content has registered it.
 *
 * The theme's code block imports Prism (prism-react-renderer, about 30 kB
 * gzipped). Imported by the MDX `code` element, it was part of every docs
 * and ADR page's route chunks, though event pages, the catalog and the ADRs
 * show no block that needs it (their JSON examples are highlighted without
 * Prism, src/components/JsonExample). Instead, the Markdown of a page that
 * has such a block imports ./register-code-block (added by
 * ./remark-code-block-import), so the block arrives with that page's content
 * chunk, which Docusaurus loads before it renders the page, on the server as
 * in the browser: the page renders and hydrates at once, as before.
 */
import { type ComponentType, createElement, type ReactNode } from 'react';
import type { Props } from '@theme/CodeBlock';

let registered: ComponentType<Props> | undefined;

export function registerCodeBlock(component: ComponentType<Props>): void {
  registered = component;
}

/** The registered code block with these props; the component is the same one for the life of the page. */
export function codeBlockElement(props: Props): ReactNode {
  if (!registered) {
    throw new Error(
      'A code block rendered on a page whose Markdown did not import the code block: the page is not compiled with ' +
        'src/plugins/code-highlighting/remark-code-block-import.ts (add it to the remarkPlugins of its content plugin in docusaurus.config.ts).',
    );
  }
  return createElement(registered, props);
}
