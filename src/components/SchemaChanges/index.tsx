/**
 * Changes to an event's schema, shown as a diff: `+` added, `−` removed, `~`
 * changed, breaking ones flagged. Used by the event pages and the changelog.
 */
import React from 'react';
import type { SchemaChangeData } from '../../reference-data';
import styles from './styles.module.css';

const SIGNS: Record<string, string> = { added: '+', removed: '−', changed: '~' };

/** `field-added`, `required-field-added` and `event-added` are additions; likewise for removals. */
function signOf(kind: string): string {
  if (kind === 'added' || kind.endsWith('-added')) return SIGNS.added;
  if (kind === 'removed' || kind.endsWith('-removed')) return SIGNS.removed;
  return SIGNS.changed;
}

export interface DiffLine {
  kind: string;
  field: string | null;
  text?: string;
  breaking?: boolean;
}

export function SchemaDiff({ lines }: { lines: DiffLine[] }): React.JSX.Element {
  return (
    <ul className={styles.diff}>
      {lines.map((line, i) => {
        const sign = signOf(line.kind);
        return (
          <li key={`${line.kind}-${line.field}-${i}`} className={styles[`sign${sign === '+' ? 'Add' : sign === '~' ? 'Change' : 'Remove'}`]}>
            <span className={styles.sign} aria-hidden="true">
              {sign}
            </span>{' '}
            {line.field ? <code>{line.field}</code> : <span>the event</span>}
            {line.text ? <>: {line.text}</> : null}
            {line.breaking ? (
              <>
                {' '}
                <strong className={styles.breaking}>breaking</strong>
              </>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

export function schemaChangeLines(changes: SchemaChangeData[]): DiffLine[] {
  return changes.map((c) => ({ kind: c.kind, field: c.field, text: `${c.detail} (${c.kind})`, breaking: c.breaking }));
}
