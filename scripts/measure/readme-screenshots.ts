/**
 * The screenshots the README shows: an event page at 1280 px in the light
 * theme and at 390 px in the dark theme, taken in Chromium from the built
 * site and saved as lossy WebP (Chromium's own encoder, through the DevTools
 * protocol) so that they stay small in the repository.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { eventPagePath } from '../../src/site';

export interface ReadmeScreenshot {
  /** File name under static/img/readme/, as the README links it. */
  file: string;
  path: string;
  width: number;
  height: number;
  colorScheme: 'light' | 'dark';
}

export const README_SCREENSHOT_DIR = 'static/img/readme';

/** The largest a committed screenshot may be. */
export const README_SCREENSHOT_MAX_BYTES = 120 * 1024;

const EVENT_PAGE = eventPagePath('COURSE_CATALOG_INFO_CHANGED');

export const README_SCREENSHOTS: readonly ReadmeScreenshot[] = [
  { file: 'event-page-1280-light.webp', path: EVENT_PAGE, width: 1280, height: 900, colorScheme: 'light' },
  { file: 'event-page-390-dark.webp', path: EVENT_PAGE, width: 390, height: 844, colorScheme: 'dark' },
];

const WEBP_QUALITY = 70;

/** Takes one screenshot of the site served at `siteUrl`: the WebP bytes. */
export async function takeReadmeScreenshot(browser: Browser, siteUrl: string, shot: ReadmeScreenshot): Promise<Buffer> {
  const context = await browser.newContext({
    viewport: { width: shot.width, height: shot.height },
    colorScheme: shot.colorScheme,
    deviceScaleFactor: 1,
  });
  try {
    const page = await context.newPage();
    const response = await page.goto(siteUrl + shot.path, { waitUntil: 'networkidle' });
    if (response?.status() !== 200) throw new Error(`${shot.path} answered ${response?.status()}`);
    await page.evaluate(() => document.fonts.ready);
    const session = await context.newCDPSession(page);
    const { data } = await session.send('Page.captureScreenshot', { format: 'webp', quality: WEBP_QUALITY });
    return Buffer.from(data, 'base64');
  } finally {
    await context.close();
  }
}

/** Writes every README screenshot into `dir`; returns the files written with their sizes. */
export async function writeReadmeScreenshots(
  browser: Browser,
  siteUrl: string,
  dir: string,
): Promise<Array<{ file: string; bytes: number }>> {
  fs.mkdirSync(dir, { recursive: true });
  const written: Array<{ file: string; bytes: number }> = [];
  for (const shot of README_SCREENSHOTS) {
    const image = await takeReadmeScreenshot(browser, siteUrl, shot);
    fs.writeFileSync(path.join(dir, shot.file), image);
    written.push({ file: shot.file, bytes: image.length });
  }
  return written;
}

/** Width and height of a WebP image, read from its header (simple lossy, lossless or extended format). */
export function webpSize(image: Buffer): { width: number; height: number } {
  if (image.toString('ascii', 0, 4) !== 'RIFF' || image.toString('ascii', 8, 12) !== 'WEBP') {
    throw new Error('not a WebP image');
  }
  const chunk = image.toString('ascii', 12, 16);
  if (chunk === 'VP8 ') {
    return { width: image.readUInt16LE(26) & 0x3fff, height: image.readUInt16LE(28) & 0x3fff };
  }
  if (chunk === 'VP8L') {
    const bits = image.readUInt32LE(21);
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X') {
    return { width: image.readUIntLE(24, 3) + 1, height: image.readUIntLE(27, 3) + 1 };
  }
  throw new Error(`unknown WebP chunk ${JSON.stringify(chunk)}`);
}
