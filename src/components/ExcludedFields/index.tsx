/** The fields of the producer's data that were deliberately left out of an event, each with its ADR. */
import React from 'react';
import type { EventPageData } from '../../reference-data';
import { VersionedLink as Link } from '../Versioned';
import { useAnchor } from '../AnchorLink';
import type { EventProps } from '../shared/event-page';
import InlineMarkdown from '../InlineMarkdown';

export default function ExcludedFields({ event }: EventProps): React.JSX.Element {
  if (event.excludedFields.length === 0) return <p>No field was deliberately left out of this event.</p>;
  return (
    <>
      <p>These fields exist in the producer's data but were deliberately left out of the event.</p>
      <ul>
        {event.excludedFields.map((x) => (
          <ExcludedField key={x.field} excluded={x} />
        ))}
      </ul>
    </>
  );
}

function ExcludedField({ excluded }: { excluded: EventPageData['excludedFields'][number] }) {
  const id = `excluded.${excluded.field}`;
  useAnchor(id);
  return (
    <li id={id}>
      <code>{excluded.field}</code>: <InlineMarkdown text={excluded.reason} /> (
      <Link to={`${excluded.adr.path}#decision`}>{excluded.adr.label}</Link>)
    </li>
  );
}
