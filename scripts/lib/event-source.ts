/**
 * The registry of events: every `src/events/**\/*.event.ts` file, each
 * default-exporting one `defineEvent(...)`. Knowing the file of each event
 * lets every error message name it.
 *
 * The event files are bundled by esbuild in one pass and loaded as one
 * module: loading a thousand `.event.ts` files one by one through tsx's
 * loader cost seconds (two thirds of the generator's time at 1,075 events).
 * Packages (zod) stay outside the bundle, so the definitions and the
 * generator share one zod. The bundle has its own copy of `model.ts`, whose
 * records about schemas live on the process for that reason (see there).
 * An error while an event file loads names that file; one that does not
 * compile, the file and line (esbuild's message).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';
import type { EventDefinition } from '../../src/events/model';
import { listFiles } from './files';

export interface EventSource {
  file: string;
  definition: EventDefinition;
}

export const EVENTS_DIR = 'src/events';

export async function loadEvents(root: string): Promise<EventSource[]> {
  const files = listFiles(root, EVENTS_DIR, '.event.ts');
  // Each file is required in its own wrapper (esbuild keeps a required module lazy), so a file that
  // throws while loading is named in the error.
  const entry = [
    'const load = (file, get) => {',
    '  try { return get(); } catch (error) { throw new Error(`${file}: ${error?.message ?? error}`, { cause: error }); }',
    '};',
    'module.exports = [',
    ...files.map((file) => `  load(${JSON.stringify(file)}, () => require(${JSON.stringify(path.join(root, file))})),`),
    '];',
  ].join('\n');
  const result = await build({
    stdin: { contents: entry, resolveDir: root, sourcefile: 'event-files.js', loader: 'js' },
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    logLevel: 'silent',
    absWorkingDir: root,
    packages: 'external',
  }).catch((error: unknown) => {
    throw new Error(`${EVENTS_DIR}: the event files do not compile:\n${error instanceof Error ? error.message : JSON.stringify(error)}`);
  });
  // In the project's folder (removed after loading; .gitignore'd should a crash leave it): the bundle's
  // `require('zod')` finds the project's zod, the one the generator uses.
  const dir = fs.mkdtempSync(path.join(root, '.event-files-'));
  const bundle = path.join(dir, 'event-files.cjs');
  try {
    fs.writeFileSync(bundle, result.outputFiles[0].text);
    const modules = createRequire(bundle)(bundle) as Array<{ default?: EventDefinition }>;
    return files.map((file, i) => {
      const definition = modules[i].default;
      if (!definition || typeof definition !== 'object' || typeof definition.signal !== 'string') {
        throw new Error(`${file}: must default-export defineEvent({...})`);
      }
      return { file, definition };
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
