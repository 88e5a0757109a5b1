/**
 * The record of a release in progress (`.tmp/release-journal.json`): which
 * release, and the versions files as they were before it. It exists from the
 * first change a release makes to its last, so a release that was killed is
 * found by the next command: `npm run release -- <same version>` undoes what
 * it left and starts again, `npm run release -- --abort` only undoes it, and
 * `npm run generate` refuses to run on its half-made state.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseJson } from '../../src/json-file';
import { CommandError } from './cli';
import { TEMP_DIR } from './output-switch';

const RELEASE_JOURNAL = `${TEMP_DIR}/release-journal.json`;

const releaseJournalShape = z.object({ version: z.string(), saved: z.record(z.string().nullable()) }).strict();
export type ReleaseJournal = z.infer<typeof releaseJournalShape>;

export function readReleaseJournal(root: string): ReleaseJournal | null {
  const file = path.join(root, RELEASE_JOURNAL);
  return fs.existsSync(file) ? parseJson(RELEASE_JOURNAL, fs.readFileSync(file, 'utf8'), releaseJournalShape) : null;
}

/** Written whole or not at all (temp file, then rename). */
export function writeReleaseJournal(root: string, journal: ReleaseJournal): void {
  const file = path.join(root, RELEASE_JOURNAL);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(`${file}.part`, `${JSON.stringify(journal)}\n`);
  fs.renameSync(`${file}.part`, file);
}

export function clearReleaseJournal(root: string): void {
  fs.rmSync(path.join(root, RELEASE_JOURNAL), { force: true });
  fs.rmSync(path.join(root, `${RELEASE_JOURNAL}.part`), { force: true });
}

export function interruptedReleaseMessage(version: string): string {
  return `release ${version} was interrupted: run \`npm run release -- ${version}\` to make it again, or \`npm run release -- --abort\` to undo it`;
}

/** For the commands that must not run on the half-made state of an interrupted release. */
export function assertNoInterruptedRelease(root: string): void {
  const journal = readReleaseJournal(root);
  if (journal) throw new CommandError(interruptedReleaseMessage(journal.version));
}
