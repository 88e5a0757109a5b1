/** Debian's Chromium, driven by playwright-core; nothing is downloaded. */
import type { Page } from 'playwright-core';

export { launchChromium } from '../../scripts/measure/chromium';

/** Collects console errors and uncaught page errors, to assert that a page logs none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return errors;
}
