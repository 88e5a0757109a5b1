/**
 * The field view's model (src/components/FieldTable/tree.ts) on the page data
 * of every event page, and where identifiers may wrap (src/components/Identifier).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { FieldRowData } from '../../src/reference-data';
import { type FieldNode, fieldTree, isAncestor, shownType } from '../../src/components/FieldTable/tree';
import { breakPoints } from '../../src/components/Identifier/break-points';
import { ROOT } from '../support/temp-site';

/** The field rows of every event, data type and envelope page, Next and the frozen releases. */
function allRows(): Array<{ file: string; rows: FieldRowData[] }> {
  const found: Array<{ file: string; rows: FieldRowData[] }> = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.data.json')) {
        // An event page's data holds its rows under `fields`; a data type's and the envelope's are the rows.
        const data = JSON.parse(fs.readFileSync(file, 'utf8')) as FieldRowData[] | { fields?: FieldRowData[] };
        const rows = Array.isArray(data) ? data : data.fields;
        if (rows) found.push({ file, rows });
      }
    }
  };
  walk(path.join(ROOT, 'docs/events'));
  walk(path.join(ROOT, 'versioned_docs'));
  return found;
}

const flatten = (nodes: FieldNode[]): FieldNode[] => nodes.flatMap((n) => [n, ...flatten(n.children)]);

describe('the field view', () => {
  it('nests every row of every field page under its parent, in order, each named by its path under the parent', () => {
    const pages = allRows();
    assert.ok(pages.length > 200, `only ${pages.length} pages`);
    for (const { file, rows } of pages) {
      const tree = fieldTree(rows);
      assert.deepEqual(
        flatten(tree).map((n) => n.row),
        rows,
        file,
      );
      const check = (nodes: FieldNode[], parent: string) => {
        for (const n of nodes) {
          assert.equal(parent ? `${parent}${/^[[{]/.test(n.name) ? '' : '.'}${n.name}` : n.name, n.row.path, file);
          if (parent) assert.ok(isAncestor(parent, n.row.path), `${parent} above ${n.row.path}`);
          check(n.children, n.row.path);
        }
      };
      check(tree, '');
    }
  });

  it('shows a nullable type without its "| null", and tells a field above another from a sibling with a longer name', () => {
    const row = { path: 'end', depth: 0, required: false, nullable: true, type: 'string (date-time) | null' };
    assert.equal(shownType(row), 'string (date-time)');
    assert.equal(shownType({ ...row, nullable: false, type: '"a" | null' }), '"a" | null');
    assert.equal(isAncestor('course', 'course.key'), true);
    assert.equal(isAncestor('users', 'users[].name'), true);
    assert.equal(isAncestor('course', 'course_key'), false);
    assert.equal(isAncestor('course', 'course'), false);
  });

  it('lets an identifier wrap only after a dot, an underscore or a slash, or between CamelCase words, keeping its text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'B', '_', '.', '/', '-', '1') }), (text) => {
        const parts = breakPoints(text);
        assert.equal(parts.join(''), text);
        // Each part but the last ends at a boundary: a `.`, `_` or `/`, or the end of a CamelCase word.
        parts.slice(0, -1).forEach((part, i) => assert.match(part + parts[i + 1][0], /[._/].$|[a-z0-9][A-Z]$/));
        for (const part of parts) {
          assert.doesNotMatch(part.slice(0, -1), /[._/]/);
          assert.doesNotMatch(part, /[a-z0-9][A-Z]/);
        }
      }),
    );
    assert.deepEqual(breakPoints('COURSE_CATALOG_INFO_CHANGED'), ['COURSE_', 'CATALOG_', 'INFO_', 'CHANGED']);
    assert.deepEqual(breakPoints('CourseCatalogData'), ['Course', 'Catalog', 'Data']);
    assert.deepEqual(breakPoints('catalog_info.course_key'), ['catalog_', 'info.', 'course_', 'key']);
  });
});
