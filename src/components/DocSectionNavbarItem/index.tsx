/**
 * A navbar link to a doc, in the version being read, that is active on the
 * docs of its own section only. The theme's `doc` item is active on every doc
 * of the linked doc's sidebar, which lit Events, Schemas and Changelog at once
 * since the three share one sidebar.
 */
import React from 'react';
import { useActiveDocContext, useLayoutDoc } from '@docusaurus/plugin-content-docs/client';
import DefaultNavbarItem from '@theme/NavbarItem/DefaultNavbarItem';
import type { Props as DefaultProps } from '@theme/NavbarItem/DefaultNavbarItem';

type Props = Omit<DefaultProps, 'to' | 'isActive'> & {
  docId: string;
  docsPluginId?: string;
  /** The ids of the docs on which the link shows as active (`^events/(?!changelog$)`). */
  activeDocIds: string;
};

export default function DocSectionNavbarItem({ docId, docsPluginId, activeDocIds, label, ...props }: Props): React.JSX.Element | null {
  const { activeDoc } = useActiveDocContext(docsPluginId);
  const doc = useLayoutDoc(docId, docsPluginId);
  if (!doc) return null;
  const pattern = new RegExp(activeDocIds);
  return <DefaultNavbarItem exact {...props} label={label} to={doc.path} isActive={() => !!activeDoc && pattern.test(activeDoc.id)} />;
}
