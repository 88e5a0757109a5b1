/**
 * Prism comes only with the pages that show a code block that needs it
 * (src/plugins/code-highlighting/code-block-registry.ts): the event, ADR and
 * catalog pages download none of it, and a guide with code blocks has them
 * highlighted in its HTML, hydrated without errors, as before.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PAGE_KINDS } from '../../scripts/measure/page-kinds';
import { siteSession } from '../support/site-session';

/** A language name only Prism's bundle carries. */
const PRISM_MARKER = /\bactionscript\b/;
const GUIDE_WITH_CODE = '/docs/guides/schemas';

describe('code blocks and Prism', () => {
  const site = siteSession();

  /** The same-origin scripts a page loads, once it has hydrated and the network is idle. */
  async function scriptsOf(path: string): Promise<string[]> {
    const scripts: string[] = [];
    const onRequest = (request: { resourceType(): string; url(): string }) => {
      if (request.resourceType() === 'script' && request.url().startsWith(site.url)) scripts.push(new URL(request.url()).pathname);
    };
    site.page.on('request', onRequest);
    await site.visit(path);
    await site.page.waitForSelector('html[data-has-hydrated="true"]');
    await site.page.waitForLoadState('networkidle');
    site.page.off('request', onRequest);
    return scripts;
  }

  async function loadsPrism(scripts: string[]): Promise<boolean> {
    for (const script of scripts) {
      const { body } = await site.fetchText(script);
      if (PRISM_MARKER.test(body)) return true;
    }
    return false;
  }

  for (const { kind, path } of PAGE_KINDS.filter((p) => p.kind !== 'home')) {
    it(`the ${kind} page loads no Prism`, async () => {
      const scripts = await scriptsOf(path);
      assert.ok(scripts.length > 3, scripts.join(', '));
      assert.equal(await loadsPrism(scripts), false, `Prism among ${scripts.join(', ')}`);
      assert.deepEqual(site.errors, []);
    });
  }

  it('a guide with code blocks loads Prism, with its blocks highlighted in the HTML and copyable', async () => {
    const scripts = await scriptsOf(GUIDE_WITH_CODE);
    assert.equal(await loadsPrism(scripts), true, `no Prism among ${scripts.join(', ')}`);
    const blocks = site.page.locator('main .theme-code-block');
    assert.ok((await blocks.count()) > 2);
    assert.ok((await blocks.locator('.token').count()) > 50);
    assert.equal(await blocks.getByRole('button', { name: /copy/i }).count(), await blocks.count());
    const { body } = await site.fetchText(GUIDE_WITH_CODE);
    assert.match(body, /class="token keyword"/, 'the blocks are not highlighted in the HTML');
    assert.doesNotMatch(body, /<!--\$\?-->/, 'a block waits for a script in the HTML');
    assert.deepEqual(site.errors, []);
  });
});
