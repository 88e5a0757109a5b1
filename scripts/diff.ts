/**
 * npm run diff -- [<release or git ref>]
 * npm run diff -- <from release> <to release>
 *
 * Prints, as Markdown for a pull-request description, what changed in the
 * event schemas between a baseline and the current definitions: events added
 * and removed, fields added, removed and changed, each marked breaking or
 * compatible by the same rules as `npm run check:compat`, with links to the
 * pages. The baseline is the latest release by default, or a release's frozen
 * schemas, or the `next` schemas committed at a git ref. With two
 * openedx-events releases (any two of src/events/releases.ts), it compares
 * them from the replayed histories instead.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { eventPagePath, NEXT, withVersion } from '../src/site';
import { deploySiteUrl } from '../src/config/site-url';
import { loadSchemas } from './lib/catalog';
import { CommandError, runMain } from './lib/cli';
import { compareSchemaSets, type EventDiff, type SetEvent } from './lib/schema-changes';
import { schemaSetManifest, setEventsOfDefinitions, setEventsOfManifest, type SchemaSetManifest } from './lib/schema-set';
import { parseJson } from '../src/json-file';
import { isUpstreamRelease } from './lib/history-replay';
import { compareEventsBetween, type EventComparison } from './lib/release-history';

const root = path.resolve(__dirname, '..');

class DiffError extends CommandError {}

interface Baseline {
  label: string;
  events: SetEvent[];
  /** Where the baseline's pages live, for links to removed events; null for a git ref. */
  release: string | null;
}

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
}

/** The `next` schemas as committed at `ref` (or, before schema sets existed, the root schemas). */
function gitBaseline(ref: string): Baseline {
  let commit: string;
  try {
    commit = git('rev-parse', '--verify', '--quiet', `${ref}^{commit}`).trim();
  } catch {
    throw new DiffError(`"${ref}" is neither a release of this site nor a git ref`);
  }
  const read = (file: string) => git('show', `${commit}:${file}`);
  const manifestOf = (file: string) => parseJson(`${ref}:${file}`, read(file), schemaSetManifest);
  let manifest: SchemaSetManifest;
  try {
    manifest = manifestOf('static/schemas/next/index.json');
  } catch {
    manifest = manifestOf('static/schemas/index.json');
  }
  return { label: `${ref} (${commit.slice(0, 12)})`, events: setEventsOfManifest(manifest, read), release: null };
}

function link(label: string, pagePath: string): string {
  return `[${label}](${deploySiteUrl()}${pagePath})`;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

export function diffMarkdown(baseline: string, diffs: EventDiff[], pageOf: (d: EventDiff) => string | null): string {
  const count = (status: EventDiff['status']) => diffs.filter((d) => d.status === status).length;
  const breaking = diffs.flatMap((d) => d.changes).filter((c) => c.breaking).length;
  const lines = [`### Event schema changes since ${baseline}`, ''];
  if (!diffs.length) return [...lines, 'No event schema changed.', ''].join('\n');
  lines.push(
    `${count('added')} added, ${count('removed')} removed, ${count('changed')} changed; ` +
      (breaking ? `**${breaking} breaking change(s)**.` : 'no breaking change.'),
    '',
    '| Event | Field | Change | Verdict |',
    '| --- | --- | --- | --- |',
  );
  for (const d of diffs) {
    const page = pageOf(d);
    const event = page ? link(d.signal, page) : d.signal;
    for (const c of d.changes) {
      const field = c.field ? `\`${c.field}\`` : '(event)';
      const verdict = c.breaking ? `**breaking** (\`${c.kind}\`)` : `compatible (\`${c.kind}\`)`;
      lines.push(
        `| ${event} | ${field} | ${escapeCell(d.status === 'changed' ? c.detail : `event ${d.status}: \`${d.eventType}\``)} | ${verdict} |`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Two openedx-events releases compared from the replayed histories, as Markdown: renamed events stay one row. */
export function releaseDiffMarkdown(from: string, to: string, comparisons: EventComparison[]): string {
  const moved = comparisons.filter((c) => c.status !== 'unchanged');
  const count = (status: EventComparison['status']) => moved.filter((c) => c.status === status).length;
  const breaking = moved.filter((c) => c.breaking).length;
  const lines = [`### Event changes from openedx-events ${from} to ${to}`, ''];
  if (!moved.length) return [...lines, 'No event changed.', ''].join('\n');
  lines.push(
    `${count('added')} added, ${count('removed')} removed, ${count('renamed')} renamed, ${count('changed')} changed; ` +
      (breaking ? `**${breaking} event(s) with a breaking change**.` : 'no breaking change.'),
    '',
    '| Event | Field | Change | Verdict |',
    '| --- | --- | --- | --- |',
  );
  const verdict = (breaking: boolean, kind: string) => (breaking ? `**breaking** (\`${kind}\`)` : `compatible (\`${kind}\`)`);
  for (const c of moved) {
    if (c.status === 'added') lines.push(`| ${c.signal} | (event) | added: \`${c.toType}\` | ${verdict(false, 'event-added')} |`);
    if (c.status === 'removed') lines.push(`| ${c.signal} | (event) | removed: \`${c.fromType}\` | ${verdict(true, 'event-removed')} |`);
    if (c.status === 'renamed')
      lines.push(`| ${c.signal} | (event) | event type \`${c.fromType}\` → \`${c.toType}\` | ${verdict(true, 'event-renamed')} |`);
    for (const x of c.changes) {
      lines.push(`| ${c.signal} | ${x.field ? `\`${x.field}\`` : '(event)'} | ${escapeCell(x.detail)} | ${verdict(x.breaking, x.kind)} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  const arg = process.argv[2];
  const to = process.argv[3];
  const { events: schemas, frozen, releases, history } = await loadSchemas(root);
  if (to !== undefined) {
    for (const release of [arg, to]) {
      if (!isUpstreamRelease(release)) throw new DiffError(`"${release}" is not an openedx-events release (see src/events/releases.ts)`);
    }
    process.stdout.write(releaseDiffMarkdown(arg, to, compareEventsBetween(history, arg, to)));
    return;
  }
  let baseline: Baseline;
  const release = arg ?? releases[0];
  const frozenSet = frozen.find((f) => f.release === release);
  if (frozenSet) {
    baseline = {
      label: frozenSet.release,
      events: setEventsOfManifest(frozenSet.manifest, (f) => frozenSet.files.get(f)!),
      release: frozenSet.release,
    };
  } else if (arg) {
    baseline = gitBaseline(arg);
  } else {
    throw new DiffError('no release yet: name a git ref to compare with, e.g. `npm run diff -- origin/main`');
  }
  const diffs = compareSchemaSets(baseline.events, setEventsOfDefinitions(schemas));
  const current = (signal: string) => withVersion(eventPagePath(signal), releases.length ? NEXT : '');
  const pageOf = (d: EventDiff) =>
    d.status !== 'removed' ? current(d.signal) : baseline.release ? withVersion(eventPagePath(d.signal), baseline.release) : null;
  process.stdout.write(diffMarkdown(baseline.label, diffs, pageOf));
}

if (require.main === module) {
  runMain(main);
}
