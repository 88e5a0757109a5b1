/**
 * Download the whole schema set of the page's version: its archive (every
 * file, with its checksums) and its bundle (every event and class in one JSON
 * Schema document, to generate code from). The latest release's pages link to
 * the release's own set: the `/schemas/` alias has no archive.
 */
import React from 'react';
import { bundleSchemaPath, LATEST, SCHEMA_INDEX_PATH, schemaArchivePath } from '../../site';
import { useSchemaChannel } from '../Versioned';

export default function SchemaSetDownload(): React.JSX.Element {
  const channel = useSchemaChannel();
  const set = channel === LATEST ? null : channel;
  return (
    <ul>
      <li>
        Every schema of {set ? <code>{set}</code> : 'the latest release'} in one archive:{' '}
        {set ? (
          <a href={schemaArchivePath(set)} download>
            <code>{schemaArchivePath(set)}</code>
          </a>
        ) : (
          <>
            each release&apos;s, listed in <a href={SCHEMA_INDEX_PATH}>the schema index</a>
          </>
        )}{' '}
        (its sha256 is in <a href={SCHEMA_INDEX_PATH}>the schema index</a>).
      </li>
      <li>
        Every event and data class in one JSON Schema document, to generate code from:{' '}
        <a href={bundleSchemaPath(channel)} download>
          <code>{bundleSchemaPath(channel)}</code>
        </a>
        .
      </li>
    </ul>
  );
}
