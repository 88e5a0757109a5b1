/**
 * How an event's schema changed: the diff against the previous release's
 * frozen schemas, then the releases of openedx-events that changed it.
 */
import React from 'react';
import type { EventPageData } from '../../reference-data';
import { CURRENT_VERSION, usePageVersion, VersionedLink as Link } from '../Versioned';
import { useAnchor } from '../AnchorLink';
import { SchemaDiff, schemaChangeLines } from '../SchemaChanges';
import type { EventProps } from '../shared/event-page';
import InlineMarkdown from '../InlineMarkdown';

export default function ChangeHistory({ event }: EventProps): React.JSX.Element {
  return (
    <>
      <ReleaseChanges event={event} />
      <p>The releases of openedx-events that changed this event, newest first, each with the fields it changed.</p>
      <table>
        <thead>
          <tr>
            <th scope="col">Release</th>
            <th scope="col">Date</th>
            <th scope="col">Change</th>
            <th scope="col">Compatibility</th>
          </tr>
        </thead>
        <tbody>
          {[...event.history].reverse().map((h) => (
            <HistoryRow key={h.release} entry={h} />
          ))}
        </tbody>
      </table>
    </>
  );
}

/**
 * The diff between the frozen schemas of the previous release and these: on
 * Next, what is not released yet; on a release's page, what that release changed.
 */
function ReleaseChanges({ event }: EventProps) {
  const version = usePageVersion();
  if (!event.schemaChanges) return null;
  const { since, changes } = event.schemaChanges;
  const unreleased = version?.name === CURRENT_VERSION;
  const title = unreleased ? `Unreleased changes since ${since}` : `Schema changes since ${since}`;
  return (
    <div>
      <p>
        <strong>{title}</strong>, computed from the frozen schemas of {since}:
      </p>
      {changes.length ? <SchemaDiff lines={schemaChangeLines(changes)} /> : <p>None: the schema is the same.</p>}
    </div>
  );
}

function HistoryRow({ entry: h }: { entry: EventPageData['history'][number] }) {
  const id = `release-${h.release}`;
  useAnchor(id);
  return (
    <tr id={id}>
      <td>{h.release}</td>
      <td>{h.date}</td>
      <td>
        <InlineMarkdown text={h.summary} />
        {h.changes.length > 0 && <SchemaDiff lines={h.changes.map((c) => ({ kind: c.kind, field: c.field, text: c.note }))} />}
        {h.adr && (
          <>
            Decided in <Link to={h.adr.path}>{h.adr.label}</Link>.
          </>
        )}
      </td>
      <td>{h.breaking ? <strong>breaking</strong> : 'compatible'}</td>
    </tr>
  );
}
