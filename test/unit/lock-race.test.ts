/**
 * The takeover of a dead run's lock, raced: a `generate` killed while it held
 * the lock leaves `.tmp/generate.lock` behind, then several runs start at one
 * instant (EVENTS_LOCK_AT). Exactly one of them takes the lock over and
 * writes, every other one exits 1 naming the winner's PID, the outputs are
 * byte-identical to those of a clean run, and `.tmp/` is left empty. The race
 * is run several times, since one round may miss the interleaving that lets
 * two runs take the lock over.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { GENERATED_DIRS } from '../../scripts/lib/outputs';
import { makeTempSite, runScriptWith, snapshot } from '../support/temp-site';

/** The source the rounds edit: a history summary of CourseCatalogData, so a few generated files change. */
const EVENT = 'src/events/data/content_authoring.ts';
const SUMMARY = 'The short description was dropped:';
const TODAY = '2026-11-30';
const RUNS = 4;
const ROUNDS = 8;
/** Time for the runs to start before the instant they take the lock at (they start in about half a second). */
const START_MS = 2_000;

interface Run {
  pid: number;
  status: number | null;
  stderr: string;
}

/** `generate` in `dir`, without waiting, taking the lock at `lockAt`. */
function startGenerate(dir: string, lockAt: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/generate.ts'], {
      cwd: dir,
      env: { ...process.env, EVENTS_TODAY: TODAY, EVENTS_LOCK_AT: String(lockAt) },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ pid: child.pid!, status, stderr }));
  });
}

describe('the lock of a killed run, taken over by several runs at once', () => {
  let dir: string;
  /** The two versions of the event's source the rounds alternate between, and the outputs of a clean run of each. */
  const sources: string[] = [];
  const clean: Array<Map<string, string>> = [];

  before(() => {
    dir = makeTempSite();
    const original = fs.readFileSync(path.join(dir, EVENT), 'utf8');
    assert.ok(original.includes(SUMMARY));
    sources.push(original, original.replace(SUMMARY, 'The short description was dropped at once:'));
    for (const source of sources) {
      fs.writeFileSync(path.join(dir, EVENT), source);
      const run = runScriptWith(dir, { EVENTS_TODAY: TODAY }, 'generate');
      assert.equal(run.status, 0, run.stderr);
      clean.push(snapshot(dir, [...GENERATED_DIRS]));
    }
    assert.notDeepEqual(clean[0], clean[1], 'each round has files to write');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (let round = 1; round <= ROUNDS; round++) {
    it(`round ${round}: ${RUNS} runs, one takes the lock over, the others name it`, async () => {
      // Not the version the last run generated: the killed run has files to stage.
      const version = (round - 1) % 2;
      fs.writeFileSync(path.join(dir, EVENT), sources[version]);
      // Killed at the first file it stages: it holds the lock, and dies with it.
      const killed = runScriptWith(dir, { EVENTS_TODAY: TODAY, EVENTS_KILL_AT: 'switch:1' }, 'generate');
      assert.equal(killed.signal, 'SIGKILL', killed.stderr);
      const lock = path.join(dir, '.tmp/generate.lock');
      const dead = Number.parseInt(fs.readFileSync(lock, 'utf8'), 10);
      assert.throws(() => process.kill(dead, 0), { code: 'ESRCH' }, `the lock names the killed run's PID ${dead}`);

      const lockAt = Date.now() + START_MS;
      const runs = await Promise.all(Array.from({ length: RUNS }, () => startGenerate(dir, lockAt)));
      const report = runs.map((r) => `PID ${r.pid}: exit ${r.status}\n${r.stderr}`).join('\n');
      const winners = runs.filter((r) => r.status === 0);
      assert.equal(winners.length, 1, `exactly one run takes the lock over:\n${report}`);
      for (const loser of runs.filter((r) => r !== winners[0])) {
        assert.equal(loser.status, 1, report);
        assert.equal(
          loser.stderr,
          `another generate or release run (PID ${winners[0].pid}) is writing the generated files; wait for it to end (lock: .tmp/generate.lock)\n`,
          report,
        );
      }
      assert.deepEqual(snapshot(dir, [...GENERATED_DIRS]), clean[version], 'the outputs of a clean run');
      assert.deepEqual(fs.readdirSync(path.join(dir, '.tmp')), [], '.tmp/ left empty');
    });
  }

  it('drafts that killed runs left beside the lock are cleared by the next run that takes it', () => {
    const tmp = path.join(dir, '.tmp');
    fs.writeFileSync(path.join(tmp, 'generate.lock'), '999999999\n');
    fs.writeFileSync(path.join(tmp, 'generate.lock.999999998.new'), '999999998\n');
    fs.mkdirSync(path.join(tmp, 'generate.lock.takeover.999999997.new'));
    fs.writeFileSync(path.join(tmp, 'generate.lock.takeover.999999997.new/999999997'), '');
    // A guard left by a run killed while it removed a dead lock.
    fs.mkdirSync(path.join(tmp, 'generate.lock.takeover'));
    fs.writeFileSync(path.join(tmp, 'generate.lock.takeover/999999996'), '');
    const run = runScriptWith(dir, { EVENTS_TODAY: TODAY }, 'generate');
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(fs.readdirSync(tmp), []);
  });
});
