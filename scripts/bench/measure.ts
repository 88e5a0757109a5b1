/**
 * Runs a command and measures it: wall time (process.hrtime) and peak memory,
 * the largest sum of the resident set sizes of the process and all its
 * descendants, polled from /proc every 50 ms.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';

export interface Measured {
  wallMs: number;
  peakRssBytes: number;
}

function children(): Map<number, number[]> {
  const tree = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      tree.set(ppid, [...(tree.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we read
    }
  }
  return tree;
}

function rssBytes(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Resident memory of `pid` and every descendant. */
function treeRssBytes(pid: number): number {
  const tree = children();
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    total += rssBytes(p);
    stack.push(...(tree.get(p) ?? []));
  }
  return total;
}

export async function measure(
  command: string,
  args: string[],
  { cwd, env = {}, quiet = true }: { cwd: string; env?: Record<string, string>; quiet?: boolean },
): Promise<Measured> {
  const start = process.hrtime.bigint();
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d: Buffer) => {
    output += d.toString();
    if (!quiet) process.stderr.write(d);
  });
  child.stderr.on('data', (d: Buffer) => {
    output += d.toString();
    if (!quiet) process.stderr.write(d);
  });
  let peak = 0;
  const timer = setInterval(() => {
    if (child.pid) peak = Math.max(peak, treeRssBytes(child.pid));
  }, 50);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(timer);
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (code !== 0) {
    throw new Error(`${command} ${args.join(' ')} (in ${cwd}) exited ${code}:\n${output.slice(-4000)}`);
  }
  return { wallMs, peakRssBytes: peak };
}

/** Two steps run one after the other: times add up, the peak is the larger one. */
export function sequence(...steps: Measured[]): Measured {
  return {
    wallMs: steps.reduce((sum, s) => sum + s.wallMs, 0),
    peakRssBytes: Math.max(...steps.map((s) => s.peakRssBytes)),
  };
}
