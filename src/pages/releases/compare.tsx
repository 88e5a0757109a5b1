/** `/releases/compare`: compare any two openedx-events releases (src/components/ReleaseComparison). */
import React from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import ReleaseComparison from '../../components/ReleaseComparison';
import { NEXT, RELEASES_PAGE_PATH, withVersion } from '../../site';

export default function ComparePage(): React.JSX.Element {
  return (
    <Layout title="Compare releases" description="Every event added, removed, renamed or changed between two openedx-events releases.">
      <main className="container margin-vert--lg page-filled-after-load page-prose">
        <h1>Compare releases</h1>
        <p>
          Choose two openedx-events releases to see every event added, removed, renamed or changed between them, field by field, with the
          changes that break consumers marked. The page address keeps your choice, to share it. Each release, with what it changed alone, is
          on the <Link to={withVersion(RELEASES_PAGE_PATH, NEXT)}>releases page</Link>.
        </p>
        <ReleaseComparison />
      </main>
    </Layout>
  );
}
