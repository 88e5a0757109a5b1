/** File-system helpers shared by the generator and the checks. */
import fs from 'node:fs';
import path from 'node:path';

/** Files under `dir` (relative to `root`) whose names end with `suffix`, sorted, as POSIX paths relative to `root`. */
export function listFiles(root: string, dir: string, suffix: string): string[] {
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs)) return [];
  return (fs.readdirSync(abs, { recursive: true }) as string[])
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => f.endsWith(suffix))
    .map((f) => `${dir}/${f}`)
    .sort();
}
