/** A throw-away copy of the sources, to run the generator CLI against broken inputs. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { copySiteSources } from '../../scripts/measure/site-sources';

export const ROOT = path.resolve(__dirname, '..', '..');

export function makeTempSite(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'events-site-'));
  copySiteSources(ROOT, dir);
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

export function runGenerate(dir: string, ...args: string[]) {
  return runScript(dir, 'generate', ...args);
}

/** Runs `scripts/<name>.ts` in `dir`, as `npm run <name>` does. */
export function runScript(dir: string, name: string, ...args: string[]) {
  return runScriptWith(dir, {}, name, ...args);
}

/** Runs `scripts/<name>.ts` in `dir` with more environment variables; `signal` is set when the run was killed. */
export function runScriptWith(dir: string, env: Record<string, string>, name: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', `scripts/${name}.ts`, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

/** Every file below `dir` (relative path → content), for byte-for-byte comparisons. */
export function snapshot(dir: string, subdirs: string[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const sub of subdirs) {
    const abs = path.join(dir, sub);
    if (!fs.existsSync(abs)) continue;
    for (const entry of fs.readdirSync(abs, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const file = path.join(entry.parentPath, entry.name);
      files.set(path.relative(dir, file), fs.readFileSync(file, 'latin1'));
    }
  }
  return files;
}
