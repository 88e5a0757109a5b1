/** Number formats and the Markdown table the benchmark prints. */
import os from 'node:os';

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
export const mebibytes = (bytes: number) =>
  bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(2)} GiB` : `${Math.round(bytes / 1024 ** 2)} MiB`;
/** kB of 1,000 bytes, as the page-weight goals are written. */
export const kilobytes = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
export const ratio = (ours: number, baseline: number) => `${(ours / baseline).toFixed(2)}x`;
export const verdict = (met: boolean, detail: string) => `${met ? 'met' : 'MISSED'}: ${detail}`;

export type Row = [part: string, measure: string, ours: string, baseline: string, figure: string, goal: string];

export function markdownTable(rows: Row[]): string {
  const header: Row = ['part', 'case', 'ours', 'baseline', 'figure', 'goal'];
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function machine(): string {
  const cores = os.cpus().length;
  const memory = Math.round(os.totalmem() / 1024 ** 3);
  return `${cores} cores, ${memory} GiB, Node ${process.versions.node}, ${os.platform()} ${os.arch()}, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
