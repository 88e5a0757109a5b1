/** Every doc page shows, under its version badge, a permalink to the page in this very version. */
import React from 'react';
import DocVersionBadge from '@theme-original/DocVersionBadge';
import type DocVersionBadgeType from '@theme/DocVersionBadge';
import type { WrapperProps } from '@docusaurus/types';
import VersionPermalink from '@site/src/components/VersionPermalink';

type Props = WrapperProps<typeof DocVersionBadgeType>;

export default function DocVersionBadgeWrapper(props: Props): React.JSX.Element {
  return (
    <>
      <DocVersionBadge {...props} />
      <VersionPermalink />
    </>
  );
}
