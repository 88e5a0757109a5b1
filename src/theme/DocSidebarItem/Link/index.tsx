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
import { wrappingSidebarLabel } from '@site/src/components/Identifier';

type Props = WrapperProps<typeof LinkType>;

export default function DocSidebarItemLinkWrapper(props: Props): React.JSX.Element {
  return <Link {...props} item={{ ...props.item, label: wrappingSidebarLabel(props.item.label) }} />;
}
