/**
 * A sidebar category named by an identifier (an event subject,
 * `content.object.associations`) wraps at its dots and underscores instead of
 * inside a word. Only categories without a page of their own: the theme also
 * puts the label of those with a page into their collapse button's
 * accessible name, which must stay text. Other categories are the theme's own.
 */
import React from 'react';
import Category from '@theme-original/DocSidebarItem/Category';
import type CategoryType from '@theme/DocSidebarItem/Category';
import type { WrapperProps } from '@docusaurus/types';
import { wrappingSidebarLabel } from '@site/src/components/Identifier';

type Props = WrapperProps<typeof CategoryType>;

export default function DocSidebarItemCategoryWrapper(props: Props): React.JSX.Element {
  if (props.item.href) return <Category {...props} />;
  return <Category {...props} item={{ ...props.item, label: wrappingSidebarLabel(props.item.label) }} />;
}
