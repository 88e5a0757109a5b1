/**
 * Permalinks to public code, as the producers, consumers and bus usages of
 * the event definitions cite them: one place for their shape, read by the
 * generator's checks and by the pages that show them.
 */

import type { SourceConfidence } from './events/model';

/** How each confidence reads beside its link, on every page that shows a source. */
export const SOURCE_CONFIDENCE_LABELS: Record<SourceConfidence, string> = {
  read: 'read at this commit',
  excerpt: 'seen in a search excerpt',
};

/** `https://github.com/<owner>/<name>/blob/<40-hex commit>/<path>`, then `#L<n>` or `#L<n>-L<m>` when the line is known. */
const PERMALINK =
  /^https:\/\/github\.com\/([A-Za-z0-9-]+\/[A-Za-z0-9._-]+)\/blob\/([0-9a-f]{40})\/([^#?\s]+[^#?\s/])(?:#L(\d+)(?:-L(\d+))?)?$/;

export interface Permalink {
  /** `owner/name`, as the URL spells it. */
  repository: string;
  commit: string;
  path: string;
  /** First and last line, when the URL names them. */
  lines: [number, number] | null;
}

/** The parts of a permalink, or null when `url` does not have the shape. */
export function parsePermalink(url: string): Permalink | null {
  const match = PERMALINK.exec(url);
  if (!match) return null;
  const [, repository, commit, path, first, last] = match;
  const lines: [number, number] | null = first ? [Number(first), Number(last ?? first)] : null;
  if (lines && (lines[0] < 1 || lines[1] < lines[0])) return null;
  return { repository, commit, path, lines };
}

/** How a permalink reads in a list: the file, its line, and the commit shortened. */
export function permalinkLabel({ path, lines, commit }: Permalink): string {
  const at = lines ? `#L${lines[0]}${lines[1] !== lines[0] ? `-L${lines[1]}` : ''}` : '';
  return `${path}${at} @ ${commit.slice(0, 7)}`;
}
