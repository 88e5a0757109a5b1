/**
 * The README's screenshots of an event page: committed, linked from the
 * README, small, of the size they claim, and still made by `npm run
 * screenshots` from the built site.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  README_SCREENSHOT_DIR,
  README_SCREENSHOT_MAX_BYTES,
  README_SCREENSHOTS,
  takeReadmeScreenshot,
  webpSize,
} from '../../scripts/measure/readme-screenshots';
import { servedBuild } from '../support/site-session';
import { ROOT } from '../support/temp-site';

const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

describe("the README's screenshots", () => {
  const served = servedBuild();

  for (const shot of README_SCREENSHOTS) {
    const committed = `${README_SCREENSHOT_DIR}/${shot.file}`;

    it(`${committed} is committed, linked from the README, small and ${shot.width} px wide`, () => {
      assert.ok(README.includes(`](${committed})`), `the README does not show ${committed}`);
      const image = fs.readFileSync(path.join(ROOT, committed));
      assert.ok(image.length <= README_SCREENSHOT_MAX_BYTES, `${committed} is ${image.length} bytes`);
      assert.deepEqual(webpSize(image), { width: shot.width, height: shot.height });
    });

    it(`is retaken from the built site: ${shot.path} at ${shot.width} px, ${shot.colorScheme}`, async () => {
      const image = await takeReadmeScreenshot(served.browser, served.url, shot);
      assert.deepEqual(webpSize(image), { width: shot.width, height: shot.height });
      assert.ok(image.length <= README_SCREENSHOT_MAX_BYTES, `the new screenshot is ${image.length} bytes`);
    });
  }
});
