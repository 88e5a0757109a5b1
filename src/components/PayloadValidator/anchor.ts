/** The anchor of the payload validator on an event page, which the page's header links to. */
export const VALIDATOR_ANCHOR = 'validate';
