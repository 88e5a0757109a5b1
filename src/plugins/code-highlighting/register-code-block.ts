// Imported by the Markdown of each page with a code block that needs Prism: see ./code-block-registry.ts.
import ThemeCodeBlock from '@theme-original/CodeBlock';
import type { ComponentType } from 'react';
import type { Props } from '@theme/CodeBlock';
import { registerCodeBlock } from './code-block-registry';

registerCodeBlock(ThemeCodeBlock as ComponentType<Props>);
