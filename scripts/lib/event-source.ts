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
 * compile, the file and line (esbuild's message); a definition of the wrong
 * shape, the file, the event and the key.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build, type BuildFailure, type Message } from 'esbuild';
import type { EventDefinition } from '../../src/events/model';
import { definitionProblems } from './definition-shape';
import { listFiles } from './files';
import { SourceProblems, type Problem } from './problems';

export interface EventSource {
  file: string;
  definition: EventDefinition;
}

export const EVENTS_DIR = 'src/events';

/** One esbuild error as a problem with its file and line. */
function buildProblem(error: Message): Problem {
  const where = error.location;
  if (!where) return { file: EVENTS_DIR, message: `the event files do not compile: ${error.text}` };
  return { file: where.file, line: where.line, message: `column ${where.column}: ${error.text}` };
}

/**
 * Every event file's default export, each checked for the shape of an event
 * definition (scripts/lib/definition-shape.ts); throws SourceProblems naming
 * every file that does not compile, throws while loading, or exports
 * something that is not a well-formed definition.
 */
export async function loadEvents(root: string): Promise<EventSource[]> {
  const files = listFiles(root, EVENTS_DIR, '.event.ts');
  // Each file is required in its own wrapper (esbuild keeps a required module lazy), so a file that
  // throws while loading is named, and every such file is reported.
  const entry = [
    'const load = (get) => {',
    '  try { return { module: get() }; } catch (error) { return { error: String(error?.message ?? error) }; }',
    '};',
    'module.exports = [',
    ...files.map((file) => `  load(() => require(${JSON.stringify(path.join(root, file))})),`),
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
    const errors = (error as Partial<BuildFailure>).errors;
    if (!errors?.length) throw error;
    throw new SourceProblems(errors.map(buildProblem));
  });
  // In the project's folder (removed after loading; .gitignore'd should a crash leave it): the bundle's
  // `require('zod')` finds the project's zod, the one the generator uses.
  const dir = fs.mkdtempSync(path.join(root, '.event-files-'));
  const bundle = path.join(dir, 'event-files.cjs');
  let modules: Array<{ module?: { default?: unknown }; error?: string }>;
  try {
    fs.writeFileSync(bundle, result.outputFiles[0].text);
    modules = createRequire(bundle)(bundle) as typeof modules;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const loaded = files.map((file, i) => ({ file, definition: modules[i].module?.default }));
  const problems = loaded.flatMap((event, i): Problem[] => {
    const { error } = modules[i];
    return error === undefined ? definitionProblems(event) : [{ file: event.file, message: `throws while loading: ${error}` }];
  });
  if (problems.length) throw new SourceProblems(problems);
  return loaded as EventSource[];
}
