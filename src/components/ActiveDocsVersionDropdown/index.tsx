/**
 * One version dropdown for two docs instances: on an ADR page it switches the
 * ADRs' version, elsewhere the event docs'. Both share the release names, so
 * the choice means the same thing on either side.
 */
import React from 'react';
import { useActivePlugin } from '@docusaurus/plugin-content-docs/client';
import DocsVersionDropdownNavbarItem from '@theme/NavbarItem/DocsVersionDropdownNavbarItem';
import type { Props } from '@theme/NavbarItem/DocsVersionDropdownNavbarItem';

type ItemProps = Omit<Props, 'docsPluginId' | 'dropdownItemsBefore' | 'dropdownItemsAfter' | 'dropdownActiveClassDisabled'> &
  Partial<Props>;

export default function ActiveDocsVersionDropdown({
  dropdownItemsBefore = [],
  dropdownItemsAfter = [],
  dropdownActiveClassDisabled = false,
  ...props
}: ItemProps): React.JSX.Element {
  const plugin = useActivePlugin({ failfast: false });
  return (
    <DocsVersionDropdownNavbarItem
      {...props}
      dropdownItemsBefore={dropdownItemsBefore}
      dropdownItemsAfter={dropdownItemsAfter}
      dropdownActiveClassDisabled={dropdownActiveClassDisabled}
      docsPluginId={plugin?.pluginId ?? 'default'}
    />
  );
}
