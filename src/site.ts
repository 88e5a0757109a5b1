/**
 * Where things live on the site. The Docusaurus config, the generator and the
 * React components all take their URLs from here, so links cannot drift apart.
 */
export const SITE_URL = 'https://openedx-events.example.org';
export const BASE_URL = '/';

/** Route of the docs plugin instance that holds the event reference and the guides. */
export const DOCS_ROUTE = 'docs';
/** Route of the ADR docs plugin instance. */
export const ADR_ROUTE = 'adr';

/** `COURSE_CATALOG_INFO_CHANGED` → `course-catalog-info-changed`. */
export function eventSlug(signal: string): string {
  return signal.toLowerCase().replace(/_/g, '-');
}

export function eventPagePath(signal: string): string {
  return `${BASE_URL}${DOCS_ROUTE}/events/${eventSlug(signal)}`;
}

export function schemaPath(eventType: string): string {
  return `${BASE_URL}schemas/${eventType}.json`;
}

export function schemaUrl(eventType: string): string {
  return `${SITE_URL}${schemaPath(eventType)}`;
}

export const SCHEMA_INDEX_PATH = `${BASE_URL}schemas/index.json`;

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

export function avroSchemaPath(eventType: string): string {
  return `${BASE_URL}schemas/avro/${eventType}.avsc`;
}

export const ENVELOPE_SCHEMA_PATH = `${BASE_URL}schemas/envelope.json`;
export const ENVELOPE_PAGE_PATH = `${BASE_URL}${DOCS_ROUTE}/events/envelope`;
export const KNOWN_ISSUES_PAGE_PATH = `${BASE_URL}${DOCS_ROUTE}/events/known-issues`;

/** `learning` + `CourseData` → `/docs/events/data-types/learning-course-data`. */
export function dataTypePagePath(module: string, name: string): string {
  const kebab = name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2').toLowerCase();
  return `${BASE_URL}${DOCS_ROUTE}/events/data-types/${module.replace(/_/g, '-')}-${kebab}`;
}
