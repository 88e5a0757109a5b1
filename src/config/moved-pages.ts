/**
 * Pages that moved or were renamed. Each old path becomes a redirect to the
 * new one, in the latest release and in Next (frozen releases keep their own
 * pages, so their old URLs never broke). Add an entry whenever a page's slug
 * changes; the build fails if a target does not exist.
 */
import { withVersion, NEXT } from '../site';

export interface MovedPage {
  /** The old path, as the latest release served it, e.g. `/docs/guides/old-name`. */
  from: string;
  to: string;
  /** The release in which it moved, or `next`. */
  since: string;
}

export const MOVED_PAGES: MovedPage[] = [];

/** The redirects for moved pages: the latest release's paths, and their Next counterparts. */
export function movedPageRedirects(moved: MovedPage[], hasReleases: boolean): Array<{ from: string; to: string }> {
  return moved.flatMap((m) => {
    const inNext = { from: withVersion(m.from, NEXT), to: withVersion(m.to, NEXT) };
    if (!hasReleases) return [{ from: m.from, to: m.to }];
    return m.since === NEXT ? [inNext] : [{ from: m.from, to: m.to }, inNext];
  });
}
