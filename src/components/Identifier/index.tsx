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
