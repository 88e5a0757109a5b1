/**
 * Marks a doc's content as what the search index holds (Pagefind's
 * `data-pagefind-body`), tagged with the doc's version so a search stays
 * within the version being read. Navbar, sidebar, breadcrumbs and footer stay
 * out of the index.
 */
import React from 'react';
import Content from '@theme-init/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type { WrapperProps } from '@docusaurus/types';
import { useDocsVersion } from '@docusaurus/plugin-content-docs/client';
import { INDEXED_CONTENT_ATTRIBUTE, VERSION_FILTER } from '../../../contract';

type Props = WrapperProps<typeof ContentType>;

export default function IndexedDocContent(props: Props): React.JSX.Element {
  const { version } = useDocsVersion();
  return (
    <div {...{ [INDEXED_CONTENT_ATTRIBUTE]: '' }} data-pagefind-filter={`${VERSION_FILTER}:${version}`}>
      <Content {...props} />
    </div>
  );
}
