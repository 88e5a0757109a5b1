/**
 * Where things live on the site. The Docusaurus config, the generator and the
 * React components all take their URLs from here, so links cannot drift apart.
 */
/**
 * The origin written into generated files that need absolute URLs (the Atom
 * feed, `npm run diff`'s links). A deploy sets its own with the SITE_URL
 * environment variable (src/config/site-url.ts); schema ids name no host.
 */
export const DEFAULT_SITE_URL = 'https://openedx-events.example.org';
export const BASE_URL = '/';

/** Route of the docs plugin instance that holds the event reference and the guides. */
export const DOCS_ROUTE = 'docs';
/** Route of the ADR docs plugin instance. */
export const ADR_ROUTE = 'adr';

/** `COURSE_CATALOG_INFO_CHANGED` → `course-catalog-info-changed`. */
export function eventSlug(signal: string): string {
  return signal.toLowerCase().replace(/_/g, '-');
}

/** The slug of an event page inside the docs instance, `/events/course-catalog-info-changed`. */
export function eventDocSlug(signal: string): string {
  return `/events/${eventSlug(signal)}`;
}

export function eventPagePath(signal: string): string {
  return `${BASE_URL}${DOCS_ROUTE}${eventDocSlug(signal)}`;
}

/** The slug of a domain's generated index page, `/events/domains/content-authoring`. */
export function domainDocSlug(domain: string): string {
  return `/events/domains/${domain.replace(/_/g, '-')}`;
}

/** The slug of the repositories index; each repository's page is below it. */
export const REPOSITORIES_DOC_SLUG = '/events/repositories';

/** `eduNEXT/eox-hooks` → `edunext-eox-hooks`. */
export function repositorySlug(repository: string): string {
  return repository.toLowerCase().replace(/[/.]/g, '-');
}

export function repositoryDocSlug(repository: string): string {
  return `${REPOSITORIES_DOC_SLUG}/${repositorySlug(repository)}`;
}

/**
 * The repository pages exist in Next only (they list today's producers and
 * consumers), so every page links to Next's, whatever its own version.
 */
export function repositoryPagePath(repository: string): string {
  return withVersion(`${BASE_URL}${DOCS_ROUTE}${repositoryDocSlug(repository)}`, NEXT);
}

export function repositoriesPagePath(): string {
  return withVersion(`${BASE_URL}${DOCS_ROUTE}${REPOSITORIES_DOC_SLUG}`, NEXT);
}

/** The slug of the data types index, and of each data type's page below it. */
export const DATA_TYPES_DOC_SLUG = '/events/data-types';
export const REMOVED_EVENTS_DOC_SLUG = '/events/removed';

/**
 * Which set of schema files a URL names. `latest` is the root of `/schemas/`,
 * a byte-for-byte copy of the newest release; `next` holds the unreleased
 * definitions; a release number such as `11.2.0` names a frozen release.
 */
export type SchemaChannel = string;
export const LATEST = 'latest';
export const NEXT = 'next';

/** `/schemas/`, `/schemas/next/` or `/schemas/11.2.0/`. */
export function schemaDir(channel: SchemaChannel = LATEST): string {
  return channel === LATEST ? `${BASE_URL}schemas/` : `${BASE_URL}schemas/${channel}/`;
}

export function schemaPath(eventType: string, channel: SchemaChannel = LATEST): string {
  return `${schemaDir(channel)}${eventType}.json`;
}

/**
 * The `$id` of a schema: a URN that names the schema set and the file, not
 * where the site is hosted, so frozen files never mention a host and a pinned
 * file and its latest-release alias (`latest`) can be loaded side by side.
 */
export function schemaId(name: string, channel: SchemaChannel): string {
  return `urn:openedx-events:schema:${channel}:${name}`;
}

/** The name of the envelope's schema in its set (`envelope.json`, `…:envelope`). */
export const ENVELOPE_SCHEMA_NAME = 'envelope';
/** The name of a set's bundle of every event and class (`bundle.json`, `…:bundle`). */
export const BUNDLE_SCHEMA_NAME = 'bundle';

export function avroSchemaPath(eventType: string, channel: SchemaChannel = LATEST): string {
  return `${schemaDir(channel)}avro/${eventType}.avsc`;
}

export function envelopeSchemaPath(channel: SchemaChannel = LATEST): string {
  return `${schemaDir(channel)}${ENVELOPE_SCHEMA_NAME}.json`;
}

export function bundleSchemaPath(channel: SchemaChannel = LATEST): string {
  return `${schemaDir(channel)}${BUNDLE_SCHEMA_NAME}.json`;
}

/** The archive of a whole schema set: its JSON Schemas, bundle, Avro schemas, envelope and manifest. */
export function schemaArchivePath(channel: SchemaChannel = LATEST): string {
  return `${schemaDir(channel)}openedx-events-schemas-${channel}.tar.gz`;
}

/** Lists every release (and `next`) with each file's URL and sha256. */
export const SCHEMA_INDEX_PATH = `${BASE_URL}schemas/index.json`;

export const CHANGELOG_PAGE_PATH = `${BASE_URL}${DOCS_ROUTE}/changelog`;
export const CHANGELOG_FEED_PATH = `${BASE_URL}changelog/atom.xml`;

/** The short URL of an ADR of openedx-events, `/adr/9`. */
export function adrShortPath(adr: number): string {
  return `${BASE_URL}${ADR_ROUTE}/${adr}`;
}

/** The page of an ADR, from the `slug` of its front matter. */
export function adrPagePath(slug: string): string {
  return `${BASE_URL}${ADR_ROUTE}${slug}`;
}

/** The short URL of an ADR: `/adr/9` for openedx-events, `/adr/site/1` for this site's own. */
export function adrShortPathOf(series: string, adr: number): string {
  return series === 'openedx-events' ? adrShortPath(adr) : `${BASE_URL}${ADR_ROUTE}/${series}/${adr}`;
}

export const ENVELOPE_PAGE_PATH = `${BASE_URL}${DOCS_ROUTE}/events/envelope`;
export const KNOWN_ISSUES_PAGE_PATH = `${BASE_URL}${DOCS_ROUTE}/events/known-issues`;
export const RELEASES_PAGE_PATH = `${BASE_URL}${DOCS_ROUTE}/events/releases`;
/** Where `npm run generate` writes the schema sets derived from the histories: a static folder git ignores. */
export const RELEASE_SETS_DIR = 'static-releases';

/** The release comparison page, and the data it loads. */
export const COMPARE_PAGE_PATH = `${BASE_URL}releases/compare`;
export const COMPARE_DATA_PATH = `${BASE_URL}releases/compare.json`;
export const VERSIONS_GUIDE_PATH = `${BASE_URL}${DOCS_ROUTE}/guides/versions`;
/** The payload validator's page of its own, for any event of any release (src/pages/validate.tsx: the file name makes the route). */
export const VALIDATOR_PAGE_PATH = `${BASE_URL}validate`;

/** `learning` + `CourseData` → `learning-course-data`. */
export function dataTypeSlug(module: string, name: string): string {
  const kebab = name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
  return `${module.replace(/_/g, '-')}-${kebab}`;
}

/** `learning` + `CourseData` → `/docs/events/data-types/learning-course-data`. */
export function dataTypePagePath(module: string, name: string): string {
  return `${BASE_URL}${DOCS_ROUTE}${DATA_TYPES_DOC_SLUG}/${dataTypeSlug(module, name)}`;
}

/**
 * A page path of the latest release in another version: `/docs/events/x` in
 * `11.2.0` → `/docs/11.2.0/events/x`, in `next` → `/docs/next/events/x`.
 * Paths outside the two docs instances are left alone.
 */
export function withVersion(path: string, segment: string): string {
  if (!segment) return path;
  for (const route of [DOCS_ROUTE, ADR_ROUTE]) {
    const prefix = `${BASE_URL}${route}`;
    const rest = path.slice(prefix.length);
    if (path.startsWith(prefix) && (rest === '' || rest.startsWith('/') || rest.startsWith('#'))) {
      return `${prefix}/${segment}${rest}`;
    }
  }
  return path;
}
