/** Adds one navbar item type: the version dropdown of whichever docs instance the page belongs to. */
import ComponentTypes from '@theme-original/NavbarItem/ComponentTypes';
import ActiveDocsVersionDropdown from '@site/src/components/ActiveDocsVersionDropdown';

export default {
  ...ComponentTypes,
  'custom-activeDocsVersionDropdown': ActiveDocsVersionDropdown,
};
