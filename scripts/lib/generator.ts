/**
 * From sources to outputs: the parsed catalog (scripts/lib/catalog.ts) goes
 * through a named list of steps, each rendering its own files in memory.
 * Writing is left to the caller (scripts/lib/outputs.ts).
 */
import { loadCatalog, type Catalog } from './catalog';
import { namedReleaseDocs, versionSidebars } from './named-release-docs';
import { withLedger, type Outputs } from './outputs';
import { adrIndexOutputs } from './render/adr-index';
import { catalogOutputs } from './render/catalog-page';
import { categoryOutputs } from './render/categories';
import { changelogOutputs } from './render/changelog-page';
import { dataTypeOutputs } from './render/data-type-page';
import { envelopePageOutputs } from './render/envelope-page';
import { eventPageOutputs } from './render/event-page';
import { knownIssuesOutputs } from './render/known-issues-page';
import { releaseCompareOutputs } from './render/release-compare-data';
import { releasesPageOutputs } from './render/releases-page';
import { repositoryPageOutputs } from './render/repository-pages';
import { schemaFileOutputs } from './render/schema-files';
import { compareText } from './sorting';
import { validateOutputs } from './validate-outputs';

/** A generation step: the files it renders from the catalog. */
type Step = (catalog: Catalog) => Outputs;

/** The steps that render the docs of one version: Next, or the generated version of a named release. */
const DOCS_STEPS: Record<string, Step> = {
  'event pages': eventPageOutputs,
  'sidebar categories': categoryOutputs,
  'catalog page': catalogOutputs,
  'known issues page': knownIssuesOutputs,
  'envelope page': () => envelopePageOutputs(),
  'data type pages': dataTypeOutputs,
  changelog: changelogOutputs,
};

const STEPS: Record<string, Step> = {
  ...DOCS_STEPS,
  'releases page': releasesPageOutputs,
  // Next only: the repository pages list today's producers and consumers.
  'repository pages': repositoryPageOutputs,
  'release comparison data': releaseCompareOutputs,
  'named release docs': (catalog) => namedReleaseDocs(catalog, Object.values(DOCS_STEPS)),
  'docs version sidebars': versionSidebars,
  'schema files': schemaFileOutputs,
  'ADR index': adrIndexOutputs,
};

/** Every generated file of a loaded catalog, sorted by path; two steps never write the same file. */
export function renderOutputs(catalog: Catalog): Outputs {
  const outputs: Outputs = new Map();
  const writer = new Map<string, string>();
  for (const [name, step] of Object.entries(STEPS)) {
    for (const [file, content] of step(catalog)) {
      const first = writer.get(file);
      if (first) throw new Error(`${file} is rendered by two generation steps, "${first}" and "${name}"`);
      writer.set(file, name);
      outputs.set(file, content);
    }
  }
  validateOutputs(outputs);
  return withLedger(new Map([...outputs].sort(([a], [b]) => compareText(a, b))));
}

export async function generate(root: string): Promise<Outputs> {
  return renderOutputs(await loadCatalog(root));
}
