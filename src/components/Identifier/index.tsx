/**
 * A long identifier (a field path, an event type, a signal, a class name)
 * that the browser may wrap only after a `.`, a `_` or a `/`: never in the
 * middle of a word (`catalog_info.course_` / `key`, `CourseCata` / `logData`).
 * `<wbr>` adds no character, so copying or searching the text is unchanged.
 */
import React from 'react';
import clsx from 'clsx';
import { breakPoints } from './break-points';
import styles from './styles.module.css';

/** The parts of an identifier with a `<wbr>` between them, for use inside any element. */
export function WrapAtBoundaries({ text }: { text: string }): React.ReactNode {
  return breakPoints(text).map((part, i) => (
    <React.Fragment key={i}>
      {i > 0 && <wbr />}
      {part}
    </React.Fragment>
  ));
}

/**
 * A sidebar label that may wrap at its boundaries: an identifier (a signal, a
 * subject such as `content.object.associations`, a class name, optionally
 * followed by its module in brackets) becomes its parts with `<wbr>`; any
 * other label stays as it is. The theme renders a sidebar item's label as a
 * child of its link, so an element fits where the item's type says string.
 */
export function wrappingSidebarLabel(label: string): string {
  if (!/^[A-Za-z0-9._]+( \([a-z_]+\))?$/.test(label) || breakPoints(label).length < 2) return label;
  return (<WrapAtBoundaries text={label} />) as unknown as string;
}

/** An identifier as code that wraps only at its boundaries. */
export default function Identifier({
  text,
  className,
  ...rest
}: { text: string } & React.HTMLAttributes<HTMLElement> & Record<`data-${string}`, string>): React.JSX.Element {
  return (
    <code className={clsx(styles.identifier, className)} {...rest}>
      <WrapAtBoundaries text={text} />
    </code>
  );
}
