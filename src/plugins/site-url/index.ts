/**
 * Gives the built Atom feed the deployed site's origin. The feed is generated
 * and committed with DEFAULT_SITE_URL (`npm run generate` writes the same bytes
 * everywhere); a build for another URL (SITE_URL, src/config/site-url.ts)
 * rewrites the feed's absolute links in its own output, never in static/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { CHANGELOG_FEED_PATH, DEFAULT_SITE_URL } from '../../site';

/** The feed's text with every link of the default origin moved to `siteUrl`. */
export function rehostFeed(xml: string, siteUrl: string): string {
  return xml.split(`${DEFAULT_SITE_URL}/`).join(`${siteUrl}/`);
}

export default function siteUrl(context: LoadContext): Plugin {
  return {
    name: 'site-url',
    postBuild({ outDir }) {
      const url = context.siteConfig.url;
      if (url === DEFAULT_SITE_URL) return Promise.resolve();
      const feed = path.join(outDir, CHANGELOG_FEED_PATH);
      if (fs.existsSync(feed)) fs.writeFileSync(feed, rehostFeed(fs.readFileSync(feed, 'utf8'), url));
      return Promise.resolve();
    },
  };
}
