/**
 * The fields of a payload (an event's, a data type's or the envelope's) as a
 * tree: each field's name, type, required / optional / nullable and default
 * on one line, its description below, a class's fields under it (collapsible,
 * expanded by default). Each field is an anchor of the page at its dotted
 * path (`#catalog_info.course_key`), as the rows of the former table were:
 * links made to those keep landing on their field, and a link to a field of a
 * collapsed class opens it. The name is MDX's `FieldTable`, which the frozen
 * release pages use.
 */
import React, { useEffect, useState } from 'react';
import type { FieldRowData } from '../../reference-data';
import { CopyLinkButton, useAnchor } from '../AnchorLink';
import Identifier from '../Identifier';
import InlineMarkdown from '../InlineMarkdown';
import { type FieldNode, fieldTree, isAncestor, shownType } from './tree';
import styles from './styles.module.css';

interface Collapse {
  collapsed: ReadonlySet<string>;
  toggle: (path: string) => void;
}

export default function FieldTable({ fields }: { fields: FieldRowData[] }): React.JSX.Element {
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const toggle = (path: string) =>
    setCollapsed((prev) => {
      const next = new Set(prev);
      if (!next.delete(path)) next.add(path);
      return next;
    });
  useOpenOnHashChange(setCollapsed);
  return (
    <ul className={styles.tree} data-field-tree="">
      {fieldTree(fields).map((node) => (
        <Field key={node.row.path} node={node} collapse={{ collapsed, toggle }} />
      ))}
    </ul>
  );
}

/** A link to a field inside a collapsed class opens the classes above it, then scrolls to the field. */
function useOpenOnHashChange(setCollapsed: React.Dispatch<React.SetStateAction<ReadonlySet<string>>>): void {
  useEffect(() => {
    const open = () => {
      const target = decodeURIComponent(window.location.hash.slice(1));
      if (!target) return;
      setCollapsed((prev) => {
        const kept = [...prev].filter((p) => !isAncestor(p, target));
        if (kept.length === prev.size) return prev;
        requestAnimationFrame(() => document.getElementById(target)?.scrollIntoView());
        return new Set(kept);
      });
    };
    window.addEventListener('hashchange', open);
    return () => window.removeEventListener('hashchange', open);
  }, [setCollapsed]);
}

function Field({ node, collapse }: { node: FieldNode; collapse: Collapse }): React.JSX.Element {
  const { row, name, children } = node;
  useAnchor(row.path);
  const open = !collapse.collapsed.has(row.path);
  const childrenId = `${row.path}-fields`;
  return (
    <li id={row.path} className={styles.field}>
      <div className={styles.line}>
        {children.length === 0 && <span className={styles.leaf} />}
        {children.length > 0 && (
          <button
            type="button"
            className={styles.toggle}
            aria-expanded={open}
            aria-controls={childrenId}
            aria-label={`Fields of ${row.path}`}
            title={open ? `Hide the fields of ${row.path}` : `Show the fields of ${row.path}`}
            onClick={() => collapse.toggle(row.path)}>
            <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
              <path fill="currentColor" d="M5 3l6 5-6 5z" />
            </svg>
          </button>
        )}
        <div className={styles.facts}>
          <a href={`#${row.path}`} className={styles.name} title={row.path}>
            <Identifier text={name} />
          </a>
          <Identifier text={shownType(row)} className={styles.type} />
          <span className={row.required ? styles.required : styles.optional}>{row.required ? 'required' : 'optional'}</span>
          {row.nullable && <span className={styles.optional}>nullable</span>}
          {row.default !== undefined && (
            <span className={styles.default}>
              default <code>{row.default}</code>
            </span>
          )}
          {/* Out of the search index (Pagefind's attribute): the button has no words of the page. */}
          <span data-pagefind-ignore="">
            <CopyLinkButton href={`#${row.path}`} label={`field ${row.path}`} icon className={styles.copy} />
          </span>
        </div>
      </div>
      {row.description && (
        <div className={styles.description}>
          <InlineMarkdown text={row.description} />
        </div>
      )}
      {children.length > 0 && (
        <ul id={childrenId} className={styles.tree} hidden={!open}>
          {children.map((child) => (
            <Field key={child.row.path} node={child} collapse={collapse} />
          ))}
        </ul>
      )}
    </li>
  );
}
