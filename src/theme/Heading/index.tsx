/**
 * Every section heading keeps Docusaurus's `#` link and gains a button that
 * copies the section's full URL, for pasting into a pull request.
 */
import React from 'react';
import Heading from '@theme-original/Heading';
import type HeadingType from '@theme/Heading';
import type { WrapperProps } from '@docusaurus/types';
import { CopyLinkButton } from '@site/src/components/AnchorLink';

type Props = WrapperProps<typeof HeadingType>;

export default function HeadingWrapper(props: Props): React.JSX.Element {
  if (props.as === 'h1' || !props.id) return <Heading {...props} />;
  const label = typeof props.children === 'string' ? `section ${props.children}` : `section ${props.id}`;
  return (
    <Heading {...props}>
      {props.children}
      <CopyLinkButton href={`#${props.id}`} label={label} icon />
    </Heading>
  );
}
