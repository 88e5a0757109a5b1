/**
 * The rows of a field table (parents before children, each with its depth) as
 * a tree, and what the field view shows of each: the name under its parent,
 * the type without its `| null` (shown as "nullable" instead).
 */
import type { FieldRowData } from '../../reference-data';

export interface FieldNode {
  row: FieldRowData;
  /** The path under the parent's: `course_key` under `catalog_info`, `[].id` under a list. */
  name: string;
  children: FieldNode[];
}

export function fieldTree(rows: FieldRowData[]): FieldNode[] {
  const roots: FieldNode[] = [];
  const open: FieldNode[] = [];
  for (const row of rows) {
    open.length = row.depth;
    const parent = open.at(-1);
    const name = parent ? row.path.slice(parent.row.path.length).replace(/^\./, '') : row.path;
    const node: FieldNode = { row, name, children: [] };
    (parent ? parent.children : roots).push(node);
    open.push(node);
  }
  return roots;
}

/** The type as shown beside "nullable": `string (date-time) | null` → `string (date-time)`. */
export function shownType(row: FieldRowData): string {
  return row.nullable && row.type.endsWith(' | null') ? row.type.slice(0, -' | null'.length) : row.type;
}

/** Whether `ancestor` is a field above `path` (`a` above `a.b`, `a[].b` and `a{}.b`). */
export function isAncestor(ancestor: string, path: string): boolean {
  return path.length > ancestor.length && path.startsWith(ancestor) && /^[.[{]/.test(path.slice(ancestor.length));
}
