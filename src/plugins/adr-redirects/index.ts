/**
 * Short ADR URLs (`/adr/9`, `/adr/site/1`) as redirects to the full pages.
 * Read from the generated ADR data, so every ADR gets one without listing it twice.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AdrIndexData } from '../../reference-data';

export function adrRedirects(adrDir: string): Array<{ from: string; to: string }> {
  const file = path.join(adrDir, '_generated', 'adrs.json');
  if (!fs.existsSync(file)) {
    throw new Error(`${file} is missing: run \`npm run generate\` first (npm run build and npm start do).`);
  }
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as AdrIndexData;
  return data.adrs.map((adr) => ({ from: adr.shortPath, to: adr.path }));
}
