/**
 * Page-weight budgets on the built site: for each page kind, the gzipped HTML,
 * and the JS and CSS that Chromium downloads to show it (tags and runtime
 * chunks), must stay within test/budgets/budgets.json. Run after `npm run build`.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { PAGE_KINDS } from '../../scripts/measure/page-kinds';
import { measurePageWeight, type PageWeight } from '../../scripts/measure/page-weight';
import { servedBuild } from '../support/site-session';

type Resource = 'html' | 'js' | 'css';
type Budgets = Record<string, Record<Resource, number>>;

const { $comment: _, ...budgets } = JSON.parse(fs.readFileSync(path.join(__dirname, 'budgets.json'), 'utf8')) as Budgets & {
  $comment: string;
};

/** Every resource over its budget, one readable line each. */
export function overBudget(kind: string, pagePath: string, weight: PageWeight, budget: Record<Resource, number>): string[] {
  return (['html', 'js', 'css'] as const)
    .filter((resource) => weight[resource] > budget[resource])
    .map((resource) => {
      const files =
        resource === 'html'
          ? ''
          : `; largest files: ${weight.files
              .filter((f) => f.type === resource)
              .slice(0, 3)
              .map((f) => `${f.path} ${f.gzip} B`)
              .join(', ')}`;
      return `${kind} page (${pagePath}): ${resource} is ${weight[resource]} B gzipped, over its budget of ${budget[resource]} B by ${weight[resource] - budget[resource]} B${files}`;
    });
}

describe('page-weight budgets of the built site', () => {
  const site = servedBuild();

  it('has one budget for each page kind, and no budget for anything else', () => {
    assert.deepEqual(Object.keys(budgets).sort(), PAGE_KINDS.map((p) => p.kind).sort());
  });

  it('reports a resource over its budget, naming the page kind, the resource, the size and the budget', () => {
    const weight: PageWeight = { html: 10, js: 300, css: 5, files: [{ path: '/assets/js/main.js', type: 'js', gzip: 300 }] };
    assert.deepEqual(overBudget('event', '/docs/events/x', weight, { html: 10, js: 200, css: 5 }), [
      'event page (/docs/events/x): js is 300 B gzipped, over its budget of 200 B by 100 B; largest files: /assets/js/main.js 300 B',
    ]);
  });

  for (const { kind, path: pagePath } of PAGE_KINDS) {
    it(`keeps the ${kind} page within its HTML, JS and CSS budgets`, async () => {
      const weight = await measurePageWeight(site.browser, site.url, pagePath);
      assert.ok(weight.html > 0 && weight.js > 0 && weight.css > 0, `nothing measured for ${pagePath}: ${JSON.stringify(weight)}`);
      assert.deepEqual(overBudget(kind, pagePath, weight, budgets[kind]), []);
    });
  }
});
