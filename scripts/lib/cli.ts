/**
 * How every command-line script ends on an error: one line per problem and
 * exit 1, never a stack trace, unless `--debug` is given. A problem in the
 * sources lists each problem; a file-system error (a full disk, a missing
 * permission) names the path; anything else prints its message.
 */
import { JsonFileError } from '../../src/json-file';
import { SourceProblems } from './problems';

/** Errors a script raises on purpose: their message is the whole story. */
export class CommandError extends Error {}

const FS_ERRORS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EPERM: 'operation not permitted',
  EACCES: 'permission denied',
  EROFS: 'read-only file system',
  ENOTDIR: 'a parent of the path is not a folder',
  EISDIR: 'is a folder',
};

function fsErrorLine(error: NodeJS.ErrnoException & { dest?: string }): string | null {
  const what = error.code === undefined ? undefined : FS_ERRORS[error.code];
  if (!what) return null;
  return `${error.path ?? '(unknown path)'}${error.dest ? ` -> ${error.dest}` : ''}: ${what} (${error.code} during ${error.syscall ?? 'a file operation'})`;
}

/** The lines to print for an error, without a stack trace. */
export function errorLines(error: unknown): string[] {
  if (error instanceof SourceProblems || error instanceof CommandError || error instanceof JsonFileError) return [error.message];
  if (error instanceof Error) {
    const line = fsErrorLine(error);
    return [line ?? `error: ${error.message}`, 'run again with --debug for the stack trace'];
  }
  return [`error: ${String(error)}`];
}

/** Runs a script's main function; on an error prints it as above (or in full with --debug) and exits 1. */
export function runMain(main: () => Promise<void>): void {
  // Through a promise, so that an error thrown before main's first await is caught the same way.
  Promise.resolve()
    .then(main)
    .catch((error: unknown) => {
      if (process.argv.includes('--debug')) console.error(error);
      else for (const line of errorLines(error)) console.error(line);
      process.exit(1);
    });
}
