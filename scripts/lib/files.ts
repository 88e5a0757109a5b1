/** File-system helpers shared by the generator and the checks. */
import fs from 'node:fs';
import path from 'node:path';

/** Files under `dir` (relative to `root`) whose names end with `suffix`, sorted, as POSIX paths relative to `root`. */
export function listFiles(root: string, dir: string, suffix = ''): string[] {
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs)) return [];
  return fs
    .readdirSync(abs, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}
