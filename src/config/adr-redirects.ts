/**
 * Short ADR URLs (`/adr/9`, `/adr/site/1`) as redirects to the full pages.
 * Read from the generated ADR data, so every ADR gets one without listing it
 * twice. They land on the latest release's page, or on Next for an ADR not
 * released yet.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { readJsonFile } from '../json-file';
import { ADR_ROUTE, BASE_URL, NEXT } from '../site';

/** What the redirects read of the generated ADR index (src/reference-data.ts, AdrIndexData). */
const adrPaths = z.object({ adrs: z.array(z.object({ path: z.string(), shortPath: z.string() })) });

function readAdrData(file: string): z.infer<typeof adrPaths> {
  if (!fs.existsSync(file)) {
    throw new Error(`${file} is missing: run \`npm run generate\` first (npm run build and npm start do).`);
  }
  return readJsonFile(file, adrPaths);
}

export function adrRedirects(siteDir: string, releases: string[]): Array<{ from: string; to: string }> {
  const current = readAdrData(path.join(siteDir, 'adr', '_generated', 'adrs.json'));
  const [latest] = releases;
  if (!latest) return current.adrs.map((adr) => ({ from: adr.shortPath, to: adr.path }));
  const released = readAdrData(path.join(siteDir, 'adr_versioned_docs', `version-${latest}`, '_generated', 'adrs.json'));
  const releasedPaths = new Set(released.adrs.map((adr) => adr.path));
  const prefix = `${BASE_URL}${ADR_ROUTE}`;
  return current.adrs.map((adr) => ({
    from: adr.shortPath,
    to: releasedPaths.has(adr.path) ? adr.path : `${prefix}/${NEXT}${adr.path.slice(prefix.length)}`,
  }));
}
