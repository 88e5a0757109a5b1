/**
 * Every JSON file the site reads from disk goes through here: parsed, then
 * checked against a zod schema of what the reader relies on, so a corrupt or
 * hand-edited file is one line naming the file, not a crash further on.
 */
import fs from 'node:fs';
import type { z } from 'zod';

/** A JSON file that is missing, not JSON, or not of the expected shape. */
export class JsonFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'JsonFileError';
  }
}

/** Parses JSON text read from `file` (a path or a label such as `ref:path`) against `schema`. */
export function parseJson<S extends z.ZodTypeAny>(file: string, text: string, schema: S): z.output<S> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new JsonFileError(file, `is not valid JSON: ${(error as Error).message}`);
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new JsonFileError(file, `is not of the expected shape: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return result.data as z.output<S>;
}

export function readJsonFile<S extends z.ZodTypeAny>(file: string, schema: S): z.output<S> {
  if (!fs.existsSync(file)) throw new JsonFileError(file, 'is missing');
  return parseJson(file, fs.readFileSync(file, 'utf8'), schema);
}
