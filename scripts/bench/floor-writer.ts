/**
 * The generator's floor: write the same files with nothing but JSON.stringify
 * and fs. Reads a bundle (path → parsed JSON, or text for MDX) and writes
 * every file below the output directory.
 *   node --import tsx scripts/bench/floor-writer.ts <bundle.json> <out dir>
 */
import fs from 'node:fs';
import path from 'node:path';

const [bundleFile, outDir] = process.argv.slice(2);
const bundle = JSON.parse(fs.readFileSync(bundleFile, 'utf8')) as Record<string, { json: unknown } | { text: string }>;
for (const [file, content] of Object.entries(bundle)) {
  const target = path.join(outDir, file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, 'json' in content ? `${JSON.stringify(content.json, null, 2)}\n` : content.text);
}
