/**
 * Changes to an event's schema, shown as a diff: `+` added, `−` removed, `~`
 * changed, breaking ones flagged. Used by the event pages and the changelog.
 */
import React from 'react';
import { CHANGE_DIRECTIONS, type ChangeKind } from '../../compatibility-rules';
import type { FieldChange } from '../../events/model';
import type { SchemaChangeData } from '../../reference-data';
import styles from './styles.module.css';

type Direction = FieldChange['kind'];

const SIGNS: Record<Direction, { sign: string; className: string }> = {
  added: { sign: '+', className: styles.signAdd },
  removed: { sign: '−', className: styles.signRemove },
  changed: { sign: '~', className: styles.signChange },
};

/** A history entry's change is its own direction; a schema change's comes from the rules table. */
function directionOf(kind: ChangeKind | Direction): Direction {
  return kind in SIGNS ? (kind as Direction) : (CHANGE_DIRECTIONS[kind as ChangeKind] ?? 'changed');
}

export interface DiffLine {
  kind: ChangeKind | Direction;
  field: string | null;
  text?: string;
  breaking?: boolean;
}

export function SchemaDiff({ lines }: { lines: DiffLine[] }): React.JSX.Element {
  return (
    <ul className={styles.diff}>
      {lines.map((line, i) => {
        const { sign, className } = SIGNS[directionOf(line.kind)];
        return (
          <li key={`${line.kind}-${line.field}-${i}`} className={className}>
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
