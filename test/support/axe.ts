/** How axe-core's findings are reported by the accessibility tests. */
import type AxeBuilder from '@axe-core/playwright';

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

/** One paragraph per violation: rule, impact, help, and up to five offending elements. */
export function describeViolations(results: Pick<AxeResults, 'violations'>): string {
  return results.violations
    .map((v) => {
      const nodes = v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`);
      const more = v.nodes.length > 5 ? [`    ...and ${v.nodes.length - 5} more`] : [];
      return [`  ${v.id} (${v.impact}): ${v.help} [${v.helpUrl}]`, ...nodes, ...more].join('\n');
    })
    .join('\n');
}
