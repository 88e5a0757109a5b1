/**
 * A page title that is one identifier wraps only at its `_` and `.`.
 * Every section heading keeps Docusaurus's `#` link and gains a button that
 * copies the section's full URL, for pasting into a pull request.
 */
import React from 'react';
import Heading from '@theme-original/Heading';
import type HeadingType from '@theme/Heading';
import type { WrapperProps } from '@docusaurus/types';
import { CopyLinkButton } from '@site/src/components/AnchorLink';
import { WrapAtBoundaries } from '@site/src/components/Identifier';

type Props = WrapperProps<typeof HeadingType>;

export default function HeadingWrapper(props: Props): React.JSX.Element {
  // A title that is one identifier (an event's signal) wraps at its underscores, not inside a word.
  if (props.as === 'h1' && typeof props.children === 'string' && /^\S+$/.test(props.children)) {
    return (
      <Heading {...props}>
        <WrapAtBoundaries text={props.children} />
      </Heading>
    );
  }
  if (props.as === 'h1' || !props.id) return <Heading {...props} />;
  const label = typeof props.children === 'string' ? `section ${props.children}` : `section ${props.id}`;
  return (
    <Heading {...props}>
      {props.children}
      <CopyLinkButton href={`#${props.id}`} label={label} icon />
    </Heading>
  );
}
