/**
 * npm run screenshots
 *
 * Retakes the README's screenshots of an event page (1280 px light, 390 px
 * dark) from build/ into static/img/readme/. Run it after `npm run build`
 * when an event page's look changes, and review the images in the pull request.
 */
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from './measure/chromium';
import { README_SCREENSHOT_DIR, README_SCREENSHOT_MAX_BYTES, writeReadmeScreenshots } from './measure/readme-screenshots';
import { serveStatic } from './measure/static-server';
import { ROOT } from './bench/temp-dirs';

async function main(): Promise<void> {
  const build = path.join(ROOT, 'build');
  if (!fs.existsSync(build)) throw new Error('build/ is missing: run `npm run build` first');
  const server = await serveStatic(build);
  const browser = await launchChromium();
  try {
    const written = await writeReadmeScreenshots(browser, server.url, path.join(ROOT, README_SCREENSHOT_DIR));
    for (const { file, bytes } of written) {
      console.log(`${README_SCREENSHOT_DIR}/${file}: ${(bytes / 1024).toFixed(1)} kB`);
      if (bytes > README_SCREENSHOT_MAX_BYTES) throw new Error(`${file} is over ${README_SCREENSHOT_MAX_BYTES / 1024} kB`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
