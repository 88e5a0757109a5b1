/**
 * Switching the generated files as one, whatever stops the run:
 *
 * 1. every new file is staged under `.tmp/` (outside the output folders, git-ignored);
 * 2. a journal listing the renames and removals is written (atomically: temp file, then rename);
 * 3. the journal is applied, then deleted.
 *
 * A run killed before step 2 leaves the old outputs whole (its staging folder
 * is cleared by the next run); one killed after it leaves a journal, which
 * the next run completes before anything else (roll forward). So the outputs
 * are always the old set or the new set once a run has started.
 *
 * One run at a time: a lock file holds the PID of the run; a second run gets
 * a one-line message, and the lock of a dead process is taken over.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseJson } from '../../src/json-file';
import { CommandError } from './cli';
import { faultPoint } from './fault-points';

export const TEMP_DIR = '.tmp';
const LOCK_FILE = `${TEMP_DIR}/generate.lock`;
const JOURNAL_FILE = `${TEMP_DIR}/generate-journal.json`;
const STAGE_DIR = `${TEMP_DIR}/generate-stage`;

const journalShape = z.object({ write: z.array(z.string()), remove: z.array(z.string()) }).strict();
type Journal = z.infer<typeof journalShape>;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The PID in a lock file, or null when the file is gone (its run just ended). */
function lockHolder(file: string): number | null {
  try {
    return Number.parseInt(fs.readFileSync(file, 'utf8'), 10);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Moves a dead run's lock aside: one rename, so of two runs taking it over
 * at once only one moves it. If what was moved is no longer the dead run's
 * lock (another run took it over in between), it is put back.
 */
function takeOverStaleLock(lock: string, dead: number): void {
  const aside = `${lock}.${process.pid}.stale`;
  try {
    fs.renameSync(lock, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  // Object.is: a lock holding no number reads as NaN, which equals itself only there.
  if (!Object.is(lockHolder(aside), dead)) {
    try {
      fs.linkSync(aside, lock);
    } catch {
      // A third run holds the lock by now; the next attempt reports it.
    }
  }
  fs.rmSync(aside, { force: true });
}

/** Takes the lock, or explains who holds it; a lock left by a dead process is taken over. */
function acquireLock(root: string): void {
  const lock = path.join(root, LOCK_FILE);
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(lock, `${process.pid}\n`, { flag: 'wx' });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = lockHolder(lock);
    if (holder === null) continue;
    if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
      throw new CommandError(
        `another generate or release run (PID ${holder}) is writing the generated files; wait for it to end (lock: ${LOCK_FILE})`,
      );
    }
    takeOverStaleLock(lock, holder);
  }
  throw new CommandError(`could not take the lock ${LOCK_FILE}: other runs keep taking it; try again`);
}

/** Runs `work` holding the lock on the generated files, after completing any switch a killed run left unfinished. */
export async function withOutputLock<T>(root: string, work: () => Promise<T>): Promise<T> {
  acquireLock(root);
  try {
    completeSwitch(root);
    return await work();
  } finally {
    fs.rmSync(path.join(root, LOCK_FILE), { force: true });
  }
}

/** Applies a journal; every step may already have been done by a killed run, so each is skipped when it has. */
function applyJournal(root: string, journal: Journal): void {
  for (const file of journal.write) {
    const staged = path.join(root, STAGE_DIR, file);
    if (!fs.existsSync(staged)) continue;
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.renameSync(staged, path.join(root, file));
    faultPoint('switch', file);
  }
  for (const file of journal.remove) {
    fs.rmSync(path.join(root, file), { force: true });
    faultPoint('switch', file);
  }
  fs.rmSync(path.join(root, JOURNAL_FILE));
  faultPoint('switch', JOURNAL_FILE);
  fs.rmSync(path.join(root, STAGE_DIR), { recursive: true, force: true });
}

/** Rolls forward the switch of a killed run, if any, and clears what a run killed while staging left. */
function completeSwitch(root: string): void {
  const journal = path.join(root, JOURNAL_FILE);
  if (fs.existsSync(journal)) applyJournal(root, parseJson(JOURNAL_FILE, fs.readFileSync(journal, 'utf8'), journalShape));
  fs.rmSync(`${journal}.part`, { force: true });
  fs.rmSync(path.join(root, STAGE_DIR), { recursive: true, force: true });
}

/** The nearest folder of `file` that exists must be writable, or the switch would stop half-way. */
function assertWritable(root: string, file: string): void {
  let dir = path.dirname(path.join(root, file));
  while (!fs.existsSync(dir)) dir = path.dirname(dir);
  fs.accessSync(dir, fs.constants.W_OK);
}

/** Writes `write` (path → content) and removes `remove`, all as one switch; call under withOutputLock. */
export function switchOutputs(root: string, write: Array<[string, string | Buffer]>, remove: string[]): void {
  if (!write.length && !remove.length) return;
  for (const file of [...write.map(([f]) => f), ...remove]) assertWritable(root, file);
  const stage = path.join(root, STAGE_DIR);
  try {
    for (const [file, content] of write) {
      const staged = path.join(stage, file);
      fs.mkdirSync(path.dirname(staged), { recursive: true });
      faultPoint('switch', path.join(STAGE_DIR, file));
      fs.writeFileSync(staged, content);
    }
  } catch (error) {
    // A full disk, say: nothing of the new set is in place yet, so the old one stays whole.
    fs.rmSync(stage, { recursive: true, force: true });
    throw error;
  }
  const journal = path.join(root, JOURNAL_FILE);
  const plan: Journal = { write: write.map(([file]) => file), remove };
  fs.writeFileSync(`${journal}.part`, `${JSON.stringify(plan)}\n`);
  faultPoint('switch', JOURNAL_FILE);
  fs.renameSync(`${journal}.part`, journal);
  faultPoint('switch', JOURNAL_FILE);
  try {
    applyJournal(root, plan);
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    if (!code) throw error;
    throw new CommandError(
      `${(error as NodeJS.ErrnoException).path ?? JOURNAL_FILE}: ${code} while switching the generated files; fix the cause and run \`npm run generate\` again to complete the switch`,
    );
  }
}
