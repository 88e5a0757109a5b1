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
 * a one-line message, and the lock of a dead process is taken over, by one
 * run however many start at once (see withTakeoverGuard and removeDeadLock).
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

/** The lock's guard while a run removes the lock of a dead run: a folder holding one file, named by the PID of that run. */
const TAKEOVER_GUARD = `${LOCK_FILE}.takeover`;
/** What a run writes before it is linked or renamed into place, and removes after: `<name>.<pid>.new`. */
const DRAFT = /^generate\.lock(?:\.takeover)?\.(\d+)\.new$/;
/** How long a run keeps trying while other runs take over a dead run's lock (each takeover lasts a few system calls). */
const TAKEOVER_PATIENCE_MS = 5_000;

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return errorCode(error) === 'EPERM';
  }
}

/** A PID that a lock or guard names belongs to a run still going; a lock naming this very process was left by a dead one that had its PID. */
function isLiveRun(pid: number): boolean {
  return Number.isInteger(pid) && pid !== process.pid && isAlive(pid);
}

/** The PID in a lock file (NaN when it holds no number), or null when the file is gone (its run just ended). */
function lockHolder(file: string): number | null {
  try {
    return Number.parseInt(fs.readFileSync(file, 'utf8'), 10);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Creates `file` holding `content`, unless a file is there already (false
 * then). The content is written beside it and hard-linked into place, which
 * fails when the name exists: so the file appears whole, and a run never
 * reads a lock that is being written as one holding no PID.
 */
function createWhole(file: string, content: string): boolean {
  const draft = `${file}.${process.pid}.new`;
  fs.writeFileSync(draft, content);
  try {
    fs.linkSync(draft, file);
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  } finally {
    fs.rmSync(draft, { force: true });
  }
}

/** Removes a folder if it is empty; one that holds a file is another run's and is left alone. */
function removeIfEmpty(dir: string): void {
  try {
    fs.rmdirSync(dir);
  } catch (error) {
    if (!['ENOTEMPTY', 'EEXIST', 'ENOENT'].includes(errorCode(error) ?? '')) throw error;
  }
}

/**
 * Runs `work` holding the takeover guard and returns true, or returns false
 * at once when another run holds it. The guard is a folder holding one file
 * named by its holder's PID, moved into place whole by renaming a folder
 * prepared beside it: a rename cannot replace a folder that holds a file, so
 * one run at a time holds the guard. The guard of a dead run is cleared by
 * removing that run's file (by its name: never a live run's) and then the
 * folder if empty (never a guard that a live run has just moved in).
 */
function withTakeoverGuard(root: string, work: () => void): boolean {
  const guard = path.join(root, TAKEOVER_GUARD);
  const mine = `${guard}.${process.pid}.new`;
  fs.rmSync(mine, { recursive: true, force: true });
  fs.mkdirSync(mine);
  fs.writeFileSync(path.join(mine, String(process.pid)), '');
  try {
    fs.renameSync(mine, guard);
  } catch (error) {
    fs.rmSync(mine, { recursive: true, force: true });
    if (!['ENOTEMPTY', 'EEXIST'].includes(errorCode(error) ?? '')) throw error;
    clearDeadGuard(guard);
    return false;
  }
  try {
    work();
  } finally {
    fs.rmSync(path.join(guard, String(process.pid)), { force: true });
    removeIfEmpty(guard);
  }
  return true;
}

/** Clears the takeover guard if the run that holds it is dead (killed while taking over). */
function clearDeadGuard(guard: string): void {
  let holders: string[];
  try {
    holders = fs.readdirSync(guard);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return;
    throw error;
  }
  for (const name of holders) if (!isLiveRun(Number(name))) fs.rmSync(path.join(guard, name), { force: true });
  removeIfEmpty(guard);
}

/**
 * Removes the lock if a dead run holds it; called under the takeover guard.
 * Read under the guard, the dead run's lock cannot change before it is
 * removed: its run is dead, only the guard's holder removes a dead run's
 * lock, and no run creates a lock where one exists. So a live run's lock
 * is never removed, however many runs take over at once.
 */
function removeDeadLock(lock: string): void {
  const holder = lockHolder(lock);
  if (holder !== null && !isLiveRun(holder)) fs.rmSync(lock, { force: true });
}

/** Drafts that runs killed between writing and moving them left in `.tmp/`; a live run's are its own business. */
function removeDeadDrafts(root: string): void {
  for (const name of fs.readdirSync(path.join(root, TEMP_DIR))) {
    const pid = DRAFT.exec(name)?.[1];
    if (pid !== undefined && !isLiveRun(Number(pid))) fs.rmSync(path.join(root, TEMP_DIR, name), { recursive: true, force: true });
  }
}

/**
 * A test's way to start several runs at one instant: `EVENTS_LOCK_AT=<ms
 * since the epoch>` makes a run wait until then before it takes the lock.
 */
function waitForLockTime(): void {
  const at = Number(process.env.EVENTS_LOCK_AT ?? Number.NaN);
  if (Number.isFinite(at) && at > Date.now()) sleep(at - Date.now());
}

/** Takes the lock, or explains who holds it; the lock of a dead run is taken over. */
function acquireLock(root: string): void {
  const lock = path.join(root, LOCK_FILE);
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  waitForLockTime();
  const deadline = Date.now() + TAKEOVER_PATIENCE_MS;
  do {
    if (createWhole(lock, `${process.pid}\n`)) {
      removeDeadDrafts(root);
      return;
    }
    const holder = lockHolder(lock);
    // null: the lock's run ended a moment ago, so try again at once.
    if (holder === null) continue;
    if (isLiveRun(holder)) {
      throw new CommandError(
        `another generate or release run (PID ${holder}) is writing the generated files; wait for it to end (lock: ${LOCK_FILE})`,
      );
    }
    // Another run is removing the dead lock: a few system calls, then it holds the lock.
    if (!withTakeoverGuard(root, () => removeDeadLock(lock))) sleep(5);
  } while (Date.now() < deadline);
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
  const made = new Set<string>();
  for (const file of journal.write) {
    const staged = path.join(root, STAGE_DIR, file);
    if (!fs.existsSync(staged)) continue;
    const folder = path.dirname(path.join(root, file));
    if (!made.has(folder)) fs.mkdirSync(folder, { recursive: true });
    made.add(folder);
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

/** The nearest existing ancestor of `folder` (or itself) must be writable, or the switch would stop half-way. */
function assertWritable(root: string, folder: string): void {
  let dir = path.join(root, folder);
  while (!fs.existsSync(dir)) dir = path.dirname(dir);
  fs.accessSync(dir, fs.constants.W_OK);
}

/** Writes `write` (path → content) and removes `remove`, all as one switch; call under withOutputLock. */
export function switchOutputs(root: string, write: Array<[string, string | Buffer]>, remove: string[]): void {
  if (!write.length && !remove.length) return;
  const folders = new Set([...write.map(([f]) => f), ...remove].map((file) => path.dirname(file)));
  for (const folder of folders) assertWritable(root, folder);
  const stage = path.join(root, STAGE_DIR);
  try {
    for (const folder of new Set(write.map(([file]) => path.dirname(file)))) fs.mkdirSync(path.join(stage, folder), { recursive: true });
    for (const [file, content] of write) {
      const staged = path.join(stage, file);
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
