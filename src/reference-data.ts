/**
 * The shape of the data the generator writes for the site's components: one
 * JSON file beside each event page, one for all ADRs. Both sides import these
 * types, so the generator and the pages agree on what is in the files.
 * Frozen releases keep the data they were cut with: extend these shapes, never
 * break them.
 */
import type { ChangeKind } from './compatibility-rules';
import type { CodeSource, Consumer, ConsumerKind, ExceptionRule, FieldChange, NoneKnown, Producer } from './events/model';
import type { RepositoryKind } from './events/repositories';

/** The series an ADR belongs to: openedx-events' own, or this site's. */
export const ADR_SERIES = ['openedx-events', 'site'] as const;
export type AdrSeries = (typeof ADR_SERIES)[number];

export const ADR_STATUSES = ['Proposed', 'Accepted', 'Superseded', 'Deprecated', 'Rejected'] as const;
export type AdrStatus = (typeof ADR_STATUSES)[number];

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
  /** The release that removed the event upstream, and the last release that defined it; null for an event still defined. */
  removed?: { in: string; lastRelease: string } | null;
  deprecated: boolean;
  producers: ProducerData[];
  consumers: ConsumerData[];
  /** What was searched when no producer (consumer) is known; absent from releases frozen before it existed. */
  noProducerKnown?: NoneKnown | null;
  noConsumerKnown?: NoneKnown | null;
  fields: FieldRowData[];
  excludedFields: Array<{ field: string; reason: string; adr: AdrRef }>;
  history: Array<{
    release: string;
    date: string;
    summary: string;
    breaking: boolean;
    changes: FieldChange[];
    adr: AdrRef | null;
  }>;
  relatedAdrs: AdrRef[];
  exceptions: Array<{ rule: ExceptionRule; title: string; reason: string }>;
  /** Whether the event has an Avro schema (its URL follows from the event type), or why not. */
  avro: { validNamespace: boolean } | { unavailable: string };
  /**
   * The schema changes since the previous release, computed from its frozen
   * schemas: unreleased changes on the Next pages, the changes a release
   * brought on its own pages. Null before the first release.
   */
  schemaChanges: { since: string; changes: SchemaChangeData[] } | null;
  // The three keys below are absent from the pages of releases frozen before they existed.
  /** The event types it had before renames, each with the release that renamed it (so a search for an old type finds it). */
  formerEventTypes?: Array<{ eventType: string; until: string }>;
  /**
   * Each named Open edX release with a known pin: the event's type there (null
   * when absent) and the changes between it and this page's schema, from the
   * older to the newer (`newer`: the named release is after the page's).
   */
  namedReleases?: Array<{ name: string; release: string; eventType: string | null; newer: boolean; changes: SchemaChangeData[] }>;
  /** The event on the event bus at the page's release (absent from pages frozen before it existed). */
  eventBus?: EventBusData;
}

/** An event on the event bus at one openedx-events release (scripts/lib/event-bus.ts). */
export interface EventBusData {
  release: string;
  /** Whether upstream can send the event over the bus at that release. */
  canSend: boolean;
  /**
   * Upstream's declaration at the release, or what a public configuration
   * uses (with its source), or upstream's declaration in a later release;
   * null when none is known. `declaredIn`: the release that declared it upstream.
   */
  keyField: {
    field: string;
    from: 'upstream' | 'configuration' | 'later-release';
    source: CodeSource | null;
    declaredIn: string | null;
  } | null;
  /** Whether the key field is a field of the data at the release (upstream declared two that are not). */
  keyResolves: boolean;
  /** The topics public configurations produce it to. */
  topics: Array<{ topic: string; keyField: string | null; source: CodeSource }>;
  /** The `EVENT_BUS_PRODUCER_CONFIG` entry, in the format of the release, as Python; null when there is none to give. */
  producerSetting: string | null;
  /** Whether the setting's topic is one a public configuration uses (else a name to replace). */
  settingTopicFromConfiguration: boolean;
  /** The `consume_events` command line at that release; null when openedx-events had none or the event cannot be sent. */
  consumeCommand: string | null;
}

/**
 * A producer as an event page shows it. Releases frozen before sources
 * existed have only the repository, the service and the trigger.
 */
export type ProducerData = Omit<Producer, 'source'> & Partial<Pick<Producer, 'source'>> & RepositoryPageLink;

/** A consumer as an event page shows it; `kind` and `source` are absent from releases frozen before them. */
export type ConsumerData = Omit<Consumer, 'source' | 'kind'> & Partial<Pick<Consumer, 'source' | 'kind'>> & RepositoryPageLink;

interface RepositoryPageLink {
  /** The repository's page on this site (in Next), absent from releases frozen before those pages existed. */
  repositoryPage?: string;
}

/** A change between two schemas of an event type, as scripts/lib/schema-changes.ts classifies it. */
export interface SchemaChangeData {
  kind: ChangeKind;
  breaking: boolean;
  field: string | null;
  detail: string;
}

/** A row of the catalog page. */
export interface CatalogRow {
  signal: string;
  eventType: string;
  domain: string;
  subject: string;
  /** The services that send it. */
  producers: string[];
  /** The repositories that send (receive) it, for the catalog's filters; absent from releases frozen before them. */
  producerRepositories?: string[];
  consumerRepositories?: string[];
  addedIn: string;
  path: string;
}

/** One event a repository sends or receives, as its repository page lists it. */
interface RepositoryEventData {
  signal: string;
  eventType: string;
  /** The event's page (the latest release's path, as every generated path). */
  path: string;
  /** Upstream removed the event; its page is under "Removed upstream". */
  removed: boolean;
  service: string;
  source: CodeSource;
}

/** The page of one repository: what it is, and the events it sends and receives. */
export interface RepositoryPageData {
  $comment: string;
  repository: string;
  kind: RepositoryKind;
  description: string;
  /** Earlier `owner/name`s, which older permalinks still use. */
  formerly: string[];
  produces: Array<RepositoryEventData & { trigger: string }>;
  consumes: Array<RepositoryEventData & { use: string; kind: ConsumerKind }>;
  /** Where the repository is cited about an event other than as its producer or consumer: a bus configuration, an upstream note. */
  cited: Array<Omit<RepositoryEventData, 'service'> & { what: string }>;
}

/** The repositories index: every repository with its page and how many events it sends and receives. */
export interface RepositoryIndexData {
  $comment: string;
  repositories: Array<{ repository: string; kind: RepositoryKind; description: string; path: string; produces: number; consumes: number }>;
}

export interface AdrData {
  series: AdrSeries;
  adr: number;
  label: string;
  title: string;
  status: AdrStatus;
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

/** One line of the site-wide changelog: a change to one or more events, or to an ADR. */
export interface ChangelogEntry {
  /** Stable anchor on the changelog page, and the feed entry's id. */
  id: string;
  date: string;
  kind: 'event' | 'adr';
  /** The openedx-events release, for event changes. */
  release: string | null;
  summary: string;
  breaking: boolean;
  /** The pages the change concerns, each with the fields it changed. */
  subjects: Array<{ label: string; path: string; changes: FieldChange[] }>;
}

export interface ChangelogData {
  $comment: string;
  /** The schema changes since the newest release; null before the first release. */
  unreleased: {
    since: string;
    events: Array<{
      signal: string;
      eventType: string;
      path: string;
      status: 'added' | 'removed' | 'changed';
      changes: SchemaChangeData[];
    }>;
  } | null;
  entries: ChangelogEntry[];
}
