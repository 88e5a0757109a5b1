/**
 * Checks of an ADR's MDX body, line by line, outside code: no raw `<script>`
 * or `<iframe>` and no `on*=` event handler attribute (MDX would render them
 * into the page), and no two headings with one id (a link to the anchor
 * would land on the first only).
 */

export interface BodyProblem {
  line: number;
  message: string;
}

const FENCE = /^\s*(```|~~~)/;
const HEADING = /^(#{1,6})\s+(.*?)\s*$/;
const EXPLICIT_ID = /\s*\\?\{#([^}]+)\}$/;
const RAW_TAG = /<\s*(script|iframe)\b/i;
const HANDLER = /<[A-Za-z][^>]*?\son[a-z]+\s*=/i;

/** A heading's anchor as Docusaurus makes it when no `{#id}` is given (github-slugger's rule). */
function headingSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

/** Problems of an ADR body whose first line is line `firstLine` of the file. */
export function bodyProblems(body: string, firstLine: number): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const ids = new Map<string, number>();
  let fence: string | null = null;
  body.split('\n').forEach((raw, i) => {
    const line = firstLine + i;
    const marker = FENCE.exec(raw)?.[1];
    if (marker && (fence === null || fence === marker)) {
      fence = fence === null ? marker : null;
      return;
    }
    if (fence !== null) return;
    const text = raw.replace(/`[^`]*`/g, '');
    const tag = RAW_TAG.exec(text);
    if (tag)
      problems.push({ line, message: `raw <${tag[1].toLowerCase()}> in the ADR: it would run in the page; link to the content instead` });
    if (HANDLER.test(text))
      problems.push({ line, message: 'an on*= event handler attribute in the ADR: it would run in the page; remove it' });
    const heading = HEADING.exec(text);
    if (heading) {
      const explicit = EXPLICIT_ID.exec(heading[2]);
      const id = explicit ? explicit[1] : headingSlug(heading[2]);
      const first = ids.get(id);
      if (first !== undefined)
        problems.push({ line, message: `heading id "${id}" is already used by the heading on line ${first}: give one a different {#id}` });
      else ids.set(id, line);
    }
  });
  return problems;
}
