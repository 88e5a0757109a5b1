/** The anchor of the payload validator on an event page, which the page's header links to. */
export const VALIDATOR_ANCHOR = 'validate';

/** The page of its own where the validator checks any event of any release (src/pages/validate.tsx). */
export const VALIDATOR_PAGE_PATH = '/validate';
