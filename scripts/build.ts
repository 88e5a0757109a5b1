/**
 * npm run build [-- <docusaurus build options>]
 *
 * `docusaurus build` into a folder beside the last good build, swapped in
 * only when the build succeeds: a failed build leaves the last good `build/`
 * in place (Docusaurus empties its output folder before it starts). The two
 * renames of the swap are a moment apart; a run killed between them leaves
 * the last good build in `.tmp/build-previous/`, which the next build puts back first.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CommandError, runMain } from './lib/cli';
import { TEMP_DIR } from './lib/output-switch';

const root = path.resolve(__dirname, '..');
const BUILD_DIR = 'build';
const NEXT_BUILD = `${TEMP_DIR}/build-next`;
const PREVIOUS_BUILD = `${TEMP_DIR}/build-previous`;

function main(): Promise<void> {
  const args = process.argv.slice(2).filter((arg) => arg !== '--debug');
  const at = (dir: string) => path.join(root, dir);
  // A swap killed between its two renames: the last good build is the previous one.
  if (!fs.existsSync(at(BUILD_DIR)) && fs.existsSync(at(PREVIOUS_BUILD))) fs.renameSync(at(PREVIOUS_BUILD), at(BUILD_DIR));
  fs.rmSync(at(NEXT_BUILD), { recursive: true, force: true });
  fs.rmSync(at(PREVIOUS_BUILD), { recursive: true, force: true });
  const bin = require.resolve('@docusaurus/core/bin/docusaurus.mjs', { paths: [root] });
  const result = spawnSync(process.execPath, [bin, 'build', '--out-dir', NEXT_BUILD, ...args], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    fs.rmSync(at(NEXT_BUILD), { recursive: true, force: true });
    throw new CommandError(
      `docusaurus build failed (exit ${result.status ?? result.signal}); the last good ${BUILD_DIR}/ is left in place`,
    );
  }
  if (fs.existsSync(at(BUILD_DIR))) fs.renameSync(at(BUILD_DIR), at(PREVIOUS_BUILD));
  fs.renameSync(at(NEXT_BUILD), at(BUILD_DIR));
  fs.rmSync(at(PREVIOUS_BUILD), { recursive: true, force: true });
  return Promise.resolve();
}

runMain(main);
