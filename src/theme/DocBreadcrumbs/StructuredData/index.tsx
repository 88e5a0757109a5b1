/**
 * The breadcrumbs' JSON-LD, as the classic theme writes it, with `<` escaped:
 * the theme puts page titles (an ADR's title among them) into a `<script>`
 * as raw JSON, so a title holding `</script>` would end the script and run
 * what follows. `\u003c` is the same character to a JSON parser.
 */
import React from 'react';
import Head from '@docusaurus/Head';
import { useBreadcrumbsStructuredData } from '@docusaurus/plugin-content-docs/client';
import type { Props } from '@theme/DocBreadcrumbs/StructuredData';

export default function DocBreadcrumbsStructuredData({ breadcrumbs }: Props): React.JSX.Element {
  const data = useBreadcrumbsStructuredData({ breadcrumbs });
  return (
    <Head>
      <script type="application/ld+json">{JSON.stringify(data).replace(/</g, '\\u003c')}</script>
    </Head>
  );
}
