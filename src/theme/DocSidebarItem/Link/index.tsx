/**
 * A sidebar entry that is an identifier (an event's signal,
 * `COURSE_CATALOG_INFO_CHANGED`, or a data type, `CourseCatalogData
 * (content_authoring)`) wraps at its underscores, dots and CamelCase words
 * instead of inside a word; other entries are the theme's own.
 */
import React from 'react';
import Link from '@theme-original/DocSidebarItem/Link';
import type LinkType from '@theme/DocSidebarItem/Link';
import type { WrapperProps } from '@docusaurus/types';
import { WrapAtBoundaries } from '@site/src/components/Identifier';
import { isIdentifierLabel } from '@site/src/components/Identifier/break-points';

type Props = WrapperProps<typeof LinkType>;

export default function DocSidebarItemLinkWrapper(props: Props): React.JSX.Element {
  const { label } = props.item;
  if (!isIdentifierLabel(label)) return <Link {...props} />;
  // The theme renders the label as a child of its link, so an element fits where its type says string.
  const wrapping = (<WrapAtBoundaries text={label} />) as unknown as string;
  return <Link {...props} item={{ ...props.item, label: wrapping }} />;
}
