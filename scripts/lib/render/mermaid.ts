/** The producers → event → consumers flow of an event, as a Mermaid flowchart. */
import type { EventPageData } from '../../../src/reference-data';

/** Mermaid labels are quoted; quotes and angle brackets inside become entities. */
function label(text: string): string {
  return `"${text.replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;')}"`;
}

export function flowDiagram(event: Pick<EventPageData, 'signal' | 'producers' | 'consumers'>): string {
  const lines = ['flowchart LR'];
  lines.push(`  event([${label(event.signal)}])`);
  event.producers.forEach((p, i) => {
    lines.push(`  producer${i}[${label(`${p.service}<br/>${p.repository}`)}] -->|${label(p.trigger)}| event`);
  });
  event.consumers.forEach((c, i) => {
    lines.push(`  event --> consumer${i}[${label(`${c.service}<br/>${c.repository}`)}]`);
  });
  if (event.consumers.length === 0) lines.push(`  event --> none[${label('no known consumer')}]`);
  return lines.join('\n');
}
