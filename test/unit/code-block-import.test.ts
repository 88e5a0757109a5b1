/**
 * Which pages import the classic theme's code block (and with it Prism):
 * those whose Markdown has a fenced block that the theme's code block
 * renders, and no others (src/plugins/code-highlighting/remark-code-block-import.ts).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import remarkCodeBlockImport, { needsThemeCodeBlock, REGISTER_MODULE } from '../../src/plugins/code-highlighting/remark-code-block-import';

const fence = (info: string, code: string) => `Some text with \`inline code\`.\n\n\`\`\`${info}\n${code}\n\`\`\`\n`;

describe('the code block import of a page', () => {
  it('is left out of a page whose only blocks are plain JSON, or that has none', () => {
    assert.equal(needsThemeCodeBlock(fromMarkdown(fence('json', '{ "a": [1, true, null] }'))), false);
    assert.equal(needsThemeCodeBlock(fromMarkdown('Only `inline code` here.')), false);
  });

  it('is added for any other block: another language, no language, JSON with a title or highlighted lines, JSON the tokenizer refuses', () => {
    for (const markdown of [
      fence('sh', 'npm run build'),
      fence('', 'plain text'),
      fence('json title="event.json"', '{ "a": 1 }'),
      fence('json {1}', '{ "a": 1 }'),
      fence('json', '{ a: 1 } // not JSON'),
      `- a list\n\n  ${fence('python', 'print(1)').replace(/\n/g, '\n  ')}`,
    ]) {
      assert.equal(needsThemeCodeBlock(fromMarkdown(markdown)), true, markdown);
    }
  });

  it('is an ESM import node at the top of the page, once', () => {
    const tree: Root = fromMarkdown(fence('json', '{}') + fence('sh', 'ls') + fence('js', '1'));
    remarkCodeBlockImport()(tree);
    const imports = tree.children.filter((node) => node.type === 'mdxjsEsm');
    assert.equal(imports.length, 1);
    assert.equal(tree.children[0], imports[0]);
    assert.equal(imports[0].value, `import ${JSON.stringify(REGISTER_MODULE)};`);
  });
});
