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

/** The components the frozen pages import from this path. */
type FrozenName =
  'EventSummary' | 'ProducersAndConsumers' | 'FieldTable' | 'ExcludedFields' | 'ChangeHistory' | 'SchemaDownload' | 'EventCatalog';

/** A stand-in for the component registered under `name`, with its props. */
function registered<K extends FrozenName>(name: K): (props: React.ComponentProps<Registered[K]>) => React.JSX.Element {
  function Registered(props: React.ComponentProps<Registered[K]>): React.JSX.Element {
    return React.createElement(useRegistered(name) as React.ComponentType<object>, props);
  }
  Registered.displayName = name;
  return Registered;
}

export const EventSummary = registered('EventSummary');
export const ProducersAndConsumers = registered('ProducersAndConsumers');
export const FieldTable = registered('FieldTable');
export const ExcludedFields = registered('ExcludedFields');
export const ChangeHistory = registered('ChangeHistory');
export const SchemaDownload = registered('SchemaDownload');
export const EventCatalog = registered('EventCatalog');
