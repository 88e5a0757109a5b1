/**
 * A problem found in the sources: always names the file, and the event and
 * the field when there is one, so the message says where to look.
 */
export interface Problem {
  file: string;
  /** The line in the file, when the problem sits on one (a syntax error, a tag in an ADR). */
  line?: number;
  event?: string;
  field?: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  const where = [p.line === undefined ? p.file : `${p.file}:${p.line}`, p.event && `event ${p.event}`, p.field && `field ${p.field}`]
    .filter(Boolean)
    .join(': ');
  return `${where}: ${p.message}`;
}

/** Thrown when the sources have problems; carries every one of them. */
export class SourceProblems extends Error {
  constructor(readonly problems: Problem[]) {
    super(`${problems.length} problem(s) in the sources:\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`);
    this.name = 'SourceProblems';
  }
}
