/**
 * A sidebar entry that is one identifier (an event's signal,
 * `COURSE_CATALOG_INFO_CHANGED`) wraps at its underscores instead of inside a
 * word; other entries are the theme's own.
 */
import React from 'react';
import Link from '@theme-original/DocSidebarItem/Link';
import type LinkType from '@theme/DocSidebarItem/Link';
import type { WrapperProps } from '@docusaurus/types';
import { WrapAtBoundaries } from '@site/src/components/Identifier';

type Props = WrapperProps<typeof LinkType>;

export default function DocSidebarItemLinkWrapper(props: Props): React.JSX.Element {
  const { label } = props.item;
  if (!/^[A-Z0-9]+(_[A-Z0-9]+)+$/.test(label)) return <Link {...props} />;
  // The theme renders the label as a child of its link, so an element fits where its type says string.
  const wrapping = (<WrapAtBoundaries text={label} />) as unknown as string;
  return <Link {...props} item={{ ...props.item, label: wrapping }} />;
}
