/**
 * A remark plugin for the docs and ADR content: a page with a fenced code
 * block that the classic theme's code block renders (anything but a plain
 * ```json block, which src/theme/MDXComponents/Code.tsx highlights without
 * Prism) imports ./register-code-block, so that the code block and Prism
 * come with that page's content chunk and with no other page's: see
 * ./code-block-registry.ts.
 */
import type { Code, Root, RootContent } from 'mdast';
import { plainJsonBlock } from '../../components/JsonExample/tokens';

export const REGISTER_MODULE = '@site/src/plugins/code-highlighting/register-code-block';

function codeNodes(node: Root | RootContent): Code[] {
  if (node.type === 'code') return [node];
  return 'children' in node ? node.children.flatMap(codeNodes) : [];
}

/** The props the MDX `code` element receives for a fenced block (the theme's remark plugins pass the meta as `metastring`). */
function codeProps(node: Code): object {
  return { className: node.lang ? `language-${node.lang}` : undefined, metastring: node.meta ?? undefined, children: `${node.value}\n` };
}

export function needsThemeCodeBlock(tree: Root): boolean {
  return codeNodes(tree).some((node) => !plainJsonBlock(codeProps(node)));
}

/** `import '<REGISTER_MODULE>';` as MDX's ESM node, with the syntax tree MDX compiles from. */
function registerImport(): RootContent {
  const source = JSON.stringify(REGISTER_MODULE);
  return {
    type: 'mdxjsEsm',
    value: `import ${source};`,
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [
          { type: 'ImportDeclaration', specifiers: [], attributes: [], source: { type: 'Literal', value: REGISTER_MODULE, raw: source } },
        ],
      },
    },
  };
}

export default function remarkCodeBlockImport() {
  return (tree: Root): void => {
    if (needsThemeCodeBlock(tree)) tree.children.unshift(registerImport());
  };
}
