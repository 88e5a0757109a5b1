/**
 * The generator against its floor, for the real catalog and for synthetic
 * catalogs: each in a fresh copy of the site with the generated folders
 * emptied, so every file is written.
 *
 * Both run under tsx, which compiles each TypeScript file once and caches the
 * result by path. The floor is one file whose compiled form is cached; the
 * generator, in a fresh copy, would compile some 150 files. So the copy gets
 * one first run, kept out of the figure (reported as `cold`: what the first
 * `npm run generate` of a fresh clone costs), and the measured run, like the
 * floor's, finds its compiled code cached.
 */
import fs from 'node:fs';
import path from 'node:path';
import { GENERATED_DIRS } from '../lib/outputs';
import { listFiles } from '../lib/files';
import { isFrozenSchemaFile } from '../lib/releases';
import { measure, type Measured } from './measure';
import { writeSyntheticEvents } from './synthetic-events';
import { copySite, removeDir, ROOT, tempDir } from './temp-dirs';

export interface GeneratorResult {
  events: number;
  files: number;
  /** The first run in the fresh copy: compiles every TypeScript file it loads. */
  cold: Measured;
  generator: Measured;
  floor: Measured;
}

function bundleOf(dir: string): Record<string, { json: unknown } | { text: string }> {
  const bundle: Record<string, { json: unknown } | { text: string }> = {};
  for (const generated of GENERATED_DIRS) {
    for (const file of listFiles(dir, generated).filter((f) => !isFrozenSchemaFile(f))) {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      bundle[file] = /\.(json|avsc)$/.test(file) ? { json: JSON.parse(text) } : { text };
    }
  }
  return bundle;
}

export async function benchGenerator(syntheticEvents: number, realEvents: number): Promise<GeneratorResult> {
  const site = copySite('generator');
  try {
    if (syntheticEvents) writeSyntheticEvents(site, syntheticEvents);
    const cold = await measure(process.execPath, ['--import', 'tsx', 'scripts/generate.ts'], { cwd: site });
    // Every generated file goes, so that every one is written; the frozen releases stay, as they are inputs.
    for (const generated of GENERATED_DIRS) {
      for (const file of listFiles(site, generated).filter((f) => !isFrozenSchemaFile(f))) fs.rmSync(path.join(site, file));
    }
    const generator = await measure(process.execPath, ['--import', 'tsx', 'scripts/generate.ts'], { cwd: site });
    const bundle = bundleOf(site);
    const bundleFile = path.join(site, 'floor-bundle.json');
    fs.writeFileSync(bundleFile, JSON.stringify(bundle));
    const out = tempDir('floor');
    try {
      const floor = await measure(
        process.execPath,
        ['--import', 'tsx', path.join(ROOT, 'scripts', 'bench', 'floor-writer.ts'), bundleFile, out],
        { cwd: site },
      );
      const written = listFiles(out, '.').length;
      const files = Object.keys(bundle).length;
      if (written !== files) throw new Error(`the floor wrote ${written} files, the generator ${files}`);
      return { events: realEvents + syntheticEvents, files, cold, generator, floor };
    } finally {
      removeDir(out);
    }
  } finally {
    removeDir(site);
  }
}
