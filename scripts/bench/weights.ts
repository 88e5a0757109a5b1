/**
 * What each page kind loads on a first visit (HTML, JS, CSS, gzipped), beside
 * a plain Docusaurus docs page of the same run, and what a Mermaid diagram
 * costs a plain page.
 */
import path from 'node:path';
import { launchChromium } from '../measure/chromium';
import { PAGE_KINDS, type PageKind } from '../measure/page-kinds';
import { measurePageWeight, type PageWeight } from '../measure/page-weight';
import { serveStatic } from '../measure/static-server';
import { PLAIN_DIAGRAM_PAGE, PLAIN_DOCS_PAGE } from './plain-site';

export interface WeightResult {
  pages: Array<{ kind: PageKind['kind']; path: string; weight: PageWeight }>;
  plainDocs: PageWeight;
  plainDiagram: PageWeight;
}

export async function benchWeights(ourBuild: string, plainBuild: string): Promise<WeightResult> {
  const ours = await serveStatic(ourBuild);
  const plain = await serveStatic(path.join(plainBuild));
  const browser = await launchChromium();
  try {
    const pages = [];
    for (const { kind, path: pagePath } of PAGE_KINDS) {
      pages.push({ kind, path: pagePath, weight: await measurePageWeight(browser, ours.url, pagePath) });
    }
    return {
      pages,
      plainDocs: await measurePageWeight(browser, plain.url, PLAIN_DOCS_PAGE),
      plainDiagram: await measurePageWeight(browser, plain.url, PLAIN_DIAGRAM_PAGE),
    };
  } finally {
    await browser.close();
    await ours.close();
    await plain.close();
  }
}
