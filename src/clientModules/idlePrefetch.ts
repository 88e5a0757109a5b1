/**
 * Docusaurus prefetches the chunks of every internal link that scrolls into
 * view. Each prefetch scans the whole route table, so a page with a long
 * sidebar spends 100+ ms of main thread on it right after hydration, in tasks
 * long enough to block input. This client module keeps the prefetching but
 * queues it and runs it while the browser is idle, a few links per idle slice.
 * Hover and touch still preload a link's chunks at once (that is `preload`).
 */
import type { ClientModule } from '@docusaurus/types';

/** A slice of prefetching ends after this long (ms), well under the 50 ms of a long task. */
const SLICE_MS = 20;

const whenIdle: (run: (deadline: IdleDeadline) => void) => void =
  typeof requestIdleCallback === 'function'
    ? (run) => requestIdleCallback(run, { timeout: 5000 })
    : (run) => setTimeout(() => run({ didTimeout: true, timeRemaining: () => 0 }), 200);

/** Docusaurus freezes window.docusaurus, and its links look it up at each call: replace it. */
function deferPrefetch(): void {
  const { prefetch: prefetchNow, preload } = window.docusaurus;
  const queue: string[] = [];
  let scheduled = false;
  const drain = (deadline: IdleDeadline) => {
    // One link at least per slice, so a busy page still gets its prefetches.
    const end = performance.now() + Math.min(SLICE_MS, deadline.timeRemaining());
    // A prefetch is a hint: Docusaurus's promise never rejects (it swallows a failed fetch), and nothing waits for it.
    do void prefetchNow(queue.shift()!);
    while (queue.length > 0 && performance.now() < end);
    if (queue.length > 0) whenIdle(drain);
    else scheduled = false;
  };
  const prefetch = (url: string) => {
    queue.push(url);
    if (!scheduled) {
      scheduled = true;
      whenIdle(drain);
    }
    return false as const;
  };
  window.docusaurus = Object.freeze({ prefetch, preload });
}

let deferred = false;

const idlePrefetch: ClientModule = {
  // The first call comes in the layout effects of hydration: after Docusaurus
  // has set window.docusaurus, before any link's IntersectionObserver fires.
  onRouteDidUpdate() {
    if (deferred) return;
    deferred = true;
    deferPrefetch();
  },
};

export default idlePrefetch;
