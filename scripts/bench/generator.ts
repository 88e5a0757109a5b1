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
 *
 * This machine's disk makes single runs unreliable: the same 7,500 files took
 * 0.2 s to 3.5 s to write, minutes apart. So the generator and the floor take
 * turns, RUNS times each, every run after `sync` (so none inherits the other's
 * unwritten pages), and the figure is the ratio of their medians.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { GENERATED_DIRS } from '../lib/outputs';
import { listFiles } from '../lib/files';
import { isFrozenSchemaFile } from '../lib/releases';
import { measure, type Measured } from './measure';
import type { FloorBundle } from './floor-writer';
import { writeSyntheticEvents } from './synthetic-events';
import { copySite, removeDir, ROOT, tempDir } from './temp-dirs';

export interface GeneratorResult {
  events: number;
  files: number;
  /** The first run in the fresh copy: compiles every TypeScript file it loads. */
  cold: Measured;
  /** The median run of each, by wall time. */
  generator: Measured;
  floor: Measured;
  /** Every run's wall time, in the order run. */
  generatorRunsMs: number[];
  floorRunsMs: number[];
}

const RUNS = 3;

function median(runs: Measured[]): Measured {
  return [...runs].sort((a, b) => a.wallMs - b.wallMs)[Math.floor(runs.length / 2)];
}

function removeGenerated(site: string): void {
  for (const generated of GENERATED_DIRS) {
    for (const file of listFiles(site, generated).filter((f) => !isFrozenSchemaFile(f))) fs.rmSync(path.join(site, file));
  }
}

function bundleOf(dir: string): FloorBundle {
  const bundle: FloorBundle = {};
  for (const generated of GENERATED_DIRS) {
    for (const file of listFiles(dir, generated).filter((f) => !isFrozenSchemaFile(f))) {
      const bytes = fs.readFileSync(path.join(dir, file));
      if (file.endsWith('.gz')) bundle[file] = { base64: bytes.toString('base64') };
      else bundle[file] = /\.(json|avsc)$/.test(file) ? { json: JSON.parse(bytes.toString('utf8')) } : { text: bytes.toString('utf8') };
    }
  }
  return bundle;
}

export async function benchGenerator(syntheticEvents: number, realEvents: number): Promise<GeneratorResult> {
  const site = copySite('generator');
  try {
    if (syntheticEvents) writeSyntheticEvents(site, syntheticEvents);
    const cold = await measure(process.execPath, ['--import', 'tsx', 'scripts/generate.ts'], { cwd: site });
    const bundle = bundleOf(site);
    const bundleFile = path.join(site, 'floor-bundle.json');
    fs.writeFileSync(bundleFile, JSON.stringify(bundle));
    const files = Object.keys(bundle).length;
    const generatorRuns: Measured[] = [];
    const floorRuns: Measured[] = [];
    for (let run = 0; run < RUNS; run++) {
      // Every generated file goes, so that every one is written; the frozen releases stay, as they are inputs.
      removeGenerated(site);
      execFileSync('sync');
      generatorRuns.push(await measure(process.execPath, ['--import', 'tsx', 'scripts/generate.ts'], { cwd: site }));
      const out = tempDir('floor');
      try {
        execFileSync('sync');
        floorRuns.push(
          await measure(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'bench', 'floor-writer.ts'), bundleFile, out], {
            cwd: site,
          }),
        );
        const written = listFiles(out, '.').length;
        if (written !== files) throw new Error(`the floor wrote ${written} files, the generator ${files}`);
      } finally {
        removeDir(out);
      }
    }
    return {
      events: realEvents + syntheticEvents,
      files,
      cold,
      generator: median(generatorRuns),
      floor: median(floorRuns),
      generatorRunsMs: generatorRuns.map((r) => r.wallMs),
      floorRunsMs: floorRuns.map((r) => r.wallMs),
    };
  } finally {
    removeDir(site);
  }
}
