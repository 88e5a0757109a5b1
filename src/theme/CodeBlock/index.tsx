/**
 * The classic theme's code block, as registered by the page's own content
 * chunk, so that only the pages that show one download Prism: see
 * src/plugins/code-highlighting/code-block-registry.ts.
 */
import type { ReactNode } from 'react';
import type { Props } from '@theme/CodeBlock';
import { codeBlockElement } from '@site/src/plugins/code-highlighting/code-block-registry';

export default function CodeBlock(props: Props): ReactNode {
  return codeBlockElement(props);
}
