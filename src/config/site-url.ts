/**
 * The site's URL is a deploy setting: `SITE_URL=https://events.example.edu npm run build`.
 * It becomes Docusaurus's `url` (canonical links, the sitemap, the permalinks
 * on pages) and the origin of the Atom feed's links. Without it, the build
 * uses DEFAULT_SITE_URL, which the committed files carry.
 */
import { DEFAULT_SITE_URL } from '../site';

export function deploySiteUrl(env: NodeJS.ProcessEnv = process.env): string {
  const value = env.SITE_URL?.trim();
  if (!value) return DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL=${JSON.stringify(value)} is not a URL: set it to the site's origin, such as https://events.example.edu`);
  }
  if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`SITE_URL=${JSON.stringify(value)} must be an http(s) origin with no path, such as https://events.example.edu`);
  }
  return url.origin;
}
