/**
 * Adds two navbar item types: the version dropdown of whichever docs instance
 * the page belongs to, and a doc link active on its own section only.
 */
import ComponentTypes from '@theme-original/NavbarItem/ComponentTypes';
import ActiveDocsVersionDropdown from '@site/src/components/ActiveDocsVersionDropdown';
import DocSectionNavbarItem from '@site/src/components/DocSectionNavbarItem';

export default {
  ...ComponentTypes,
  'custom-activeDocsVersionDropdown': ActiveDocsVersionDropdown,
  'custom-docSection': DocSectionNavbarItem,
};
