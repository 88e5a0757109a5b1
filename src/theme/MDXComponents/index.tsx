/**
 * The theme's MDX components (with the `code` override of ./Code) plus the
 * site's components that MDX pages use, registered here once so that the
 * generated pages and the ADRs use them without importing them. The frozen
 * release pages still import theirs: those paths stay valid (see
 * src/components/EventReference).
 */
import type { useMDXComponents } from '@mdx-js/react';
import ThemeMDXComponents from '@theme-original/MDXComponents';
import EventSummary from '@site/src/components/EventSummary';
import ProducersAndConsumers from '@site/src/components/ProducersAndConsumers';
import FlowDiagram from '@site/src/components/FlowDiagram';
import FieldTable from '@site/src/components/FieldTable';
import ExcludedFields from '@site/src/components/ExcludedFields';
import ChangeHistory from '@site/src/components/ChangeHistory';
import SchemaDownload from '@site/src/components/SchemaDownload';
import NamedReleases from '@site/src/components/NamedReleases';
import EventBus from '@site/src/components/EventBus';
import EventCatalog from '@site/src/components/EventCatalog';
import { RepositoryCitations, RepositoryEvents, RepositoryIndex, RepositorySummary } from '@site/src/components/RepositoryPage';
import { AnchorAlias } from '@site/src/components/AnchorLink';
import { SchemaFileLink } from '@site/src/components/Versioned';
import SchemaSetDownload from '@site/src/components/SchemaSetDownload';
import { Changelog } from '@site/src/components/Changelog';
import { CompatibilityRules } from '@site/src/components/CompatibilityRules';
import { AdrChangeHistory, AdrExcludedFields, AdrIndex, AdrStatus } from '@site/src/components/AdrReference';

/** The map MDX reads its components from (what `useMDXComponents` returns). */
type MDXComponentMap = ReturnType<typeof useMDXComponents>;

// The theme's module is typed loosely (any); its value is the classic theme's component map.
const themeComponents = ThemeMDXComponents as MDXComponentMap;

export default {
  ...themeComponents,
  // Event pages (scripts/lib/render/event-page.ts).
  EventSummary,
  ProducersAndConsumers,
  FlowDiagram,
  FieldTable,
  ExcludedFields,
  ChangeHistory,
  SchemaDownload,
  NamedReleases,
  EventBus,
  AnchorAlias,
  // The catalog, the envelope and data-type pages, the changelog.
  EventCatalog,
  SchemaFileLink,
  SchemaSetDownload,
  Changelog,
  // Repository pages (scripts/lib/render/repository-pages.ts).
  RepositorySummary,
  RepositoryEvents,
  RepositoryIndex,
  RepositoryCitations,
  // Guides (docs/guides/).
  CompatibilityRules,
  // ADR pages (adr/).
  AdrStatus,
  AdrExcludedFields,
  AdrChangeHistory,
  AdrIndex,
} satisfies MDXComponentMap;
