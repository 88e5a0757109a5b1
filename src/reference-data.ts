/**
 * The shape of the data the generator writes for the site's components: one
 * JSON file beside each event page, one for all ADRs. Both sides import these
 * types, so the generator and the pages agree on what is in the files.
 */

export interface FieldRowData {
  path: string;
  depth: number;
  type: string;
  required: boolean;
  nullable: boolean;
  default?: string;
  description?: string;
}

export interface AdrRef {
  label: string;
  title: string;
  path: string;
}

export interface EventPageData {
  $comment: string;
  signal: string;
  eventType: string;
  domain: string;
  subject: string;
  action: string;
  majorVersion: number;
  description: string;
  keyField: string | null;
  addedIn: string;
  deprecated: boolean;
  producers: Array<{ repository: string; service: string; trigger: string }>;
  consumers: Array<{ repository: string; service: string; use: string }>;
  fields: FieldRowData[];
  excludedFields: Array<{ field: string; reason: string; adr: AdrRef }>;
  history: Array<{
    release: string;
    date: string;
    summary: string;
    breaking: boolean;
    changes: Array<{ kind: string; field: string; note?: string }>;
    adr: AdrRef | null;
  }>;
  relatedAdrs: AdrRef[];
  exceptions: Array<{ rule: string; title: string; reason: string }>;
  schemaPath: string;
  /** The Avro schema, or why there is none. */
  avro: { path: string; validNamespace: boolean } | { unavailable: string };
}

/** A row of the catalog page. */
export interface CatalogRow {
  signal: string;
  eventType: string;
  domain: string;
  subject: string;
  producers: string[];
  addedIn: string;
  path: string;
}

export interface AdrData {
  series: string;
  adr: number;
  label: string;
  title: string;
  status: string;
  date: string;
  path: string;
  shortPath: string;
  history: Array<{ date: string; change: string }>;
  relatedEvents: Array<{ signal: string; path: string }>;
  excludedFields: Array<{ signal: string; eventPath: string; field: string; name: string; reason: string }>;
  eventChanges: Array<{ signal: string; eventPath: string; release: string; date: string; summary: string; breaking: boolean }>;
}

export interface AdrIndexData {
  $comment: string;
  adrs: AdrData[];
}
