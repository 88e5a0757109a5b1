/**
 * Numbered points in the steps that change files, where a test can make the
 * process die or fail, to prove that every such point is recoverable. Each
 * scope counts its own points (`switch`: the switch of the generated files,
 * one per file; `release`: the steps of a release):
 *
 * - `EVENTS_KILL_AT=<scope>:N` kills the process (SIGKILL, no clean-up) at the Nth point of the scope;
 * - `EVENTS_FAIL_AT=<scope>:N:CODE` throws a file-system error CODE (ENOSPC, EPERM...) there instead.
 *
 * A test finds how many points a run has by raising N until the run ends on
 * its own. Without these variables a point only counts.
 */
export type FaultScope = 'switch' | 'release';

const reached: Record<FaultScope, number> = { switch: 0, release: 0 };

export function faultPoint(scope: FaultScope, file: string): void {
  reached[scope] += 1;
  const here = `${scope}:${reached[scope]}`;
  if (process.env.EVENTS_KILL_AT === here) {
    process.kill(process.pid, 'SIGKILL');
    // Nothing more may run while the signal is on its way.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10_000);
  }
  const fail = process.env.EVENTS_FAIL_AT ?? '';
  if (fail.startsWith(`${here}:`)) {
    const code = fail.slice(here.length + 1);
    throw Object.assign(new Error(`${code}: injected fault, '${file}'`), { code, path: file, syscall: 'write' });
  }
}
