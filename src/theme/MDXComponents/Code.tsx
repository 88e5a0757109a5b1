/**
 * Wraps the classic theme's MDX code element: a plain ```json block (no title,
 * no line options) becomes a JsonExample, highlighted without Prism. Event
 * pages, released ones included, show their example payload this way. Any
 * other block, or JSON the tokenizer does not accept, keeps the theme's code block.
 */
import React, { type ReactNode } from 'react';
import Code from '@theme-original/MDXComponents/Code';
import type { Props } from '@theme/MDXComponents/Code';
import JsonExample from '@site/src/components/JsonExample';
import { plainJsonBlock } from '@site/src/components/JsonExample/tokens';

export default function CodeWrapper(props: Props): ReactNode {
  const json = plainJsonBlock(props);
  return json ? <JsonExample code={json.code} tokens={json.tokens} /> : <Code {...props} />;
}
