/**
 * Kept only for the frozen release pages (versioned_docs/, never edited): they
 * import the event-page components from this path. The components live in
 * their own folders and are registered in the MDX components map
 * (src/theme/MDXComponents), which every docs page already loads. Re-exporting
 * them here would put a second copy of their code into each frozen page's
 * chunk (6 kB gzipped more on an 11.2.0 event page), so each name here renders
 * the map's component instead. New pages use the map and import nothing.
 */
import React from 'react';
import { useMDXComponents } from '@mdx-js/react';
import type MDXComponents from '@site/src/theme/MDXComponents';

type Registered = typeof MDXComponents;

/** The component registered under `name` in the MDX components map of the page being rendered. */
function useRegistered<K extends keyof Registered>(name: K): Registered[K] {
  const component = useMDXComponents()[name];
  if (!component) throw new Error(`${name} is not in the MDX components map: render it from an MDX page`);
  // The map in context is src/theme/MDXComponents, whose entry under `name` has this type.
  return component as Registered[K];
}

export function EventSummary(props: React.ComponentProps<Registered['EventSummary']>): React.JSX.Element {
  const Component = useRegistered('EventSummary');
  return <Component {...props} />;
}

export function ProducersAndConsumers(props: React.ComponentProps<Registered['ProducersAndConsumers']>): React.JSX.Element {
  const Component = useRegistered('ProducersAndConsumers');
  return <Component {...props} />;
}

export function FieldTable(props: React.ComponentProps<Registered['FieldTable']>): React.JSX.Element {
  const Component = useRegistered('FieldTable');
  return <Component {...props} />;
}

export function ExcludedFields(props: React.ComponentProps<Registered['ExcludedFields']>): React.JSX.Element {
  const Component = useRegistered('ExcludedFields');
  return <Component {...props} />;
}

export function ChangeHistory(props: React.ComponentProps<Registered['ChangeHistory']>): React.JSX.Element {
  const Component = useRegistered('ChangeHistory');
  return <Component {...props} />;
}

export function SchemaDownload(props: React.ComponentProps<Registered['SchemaDownload']>): React.JSX.Element {
  const Component = useRegistered('SchemaDownload');
  return <Component {...props} />;
}

export function EventCatalog(props: React.ComponentProps<Registered['EventCatalog']>): React.JSX.Element {
  const Component = useRegistered('EventCatalog');
  return <Component {...props} />;
}
