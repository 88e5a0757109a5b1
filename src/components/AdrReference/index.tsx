/**
 * Components of the ADR pages. What an ADR page shows that the code also
 * knows (excluded fields, event changes, related events) comes from the
 * generated `adr/_generated/adrs.json`; status and history come from the
 * ADR's own front matter.
 */
import React from 'react';
import Heading from '@theme/Heading';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import type { AdrData, AdrIndexData } from '../../reference-data';
import { VersionedLink as Link } from '../Versioned';

interface DataProps {
  data: AdrIndexData;
}

/** The entry of the ADR whose page is being rendered. */
function useCurrentAdr(data: AdrIndexData): AdrData {
  const { frontMatter } = useDoc();
  const { adr, series } = frontMatter as { adr?: number; series?: string };
  const found = data.adrs.find((a) => a.adr === adr && a.series === series);
  if (!found) throw new Error(`No generated data for ADR ${String(series)}#${String(adr)}: run npm run generate`);
  return found;
}

/**
 * An ADR that names an event over and over (its excluded fields, the releases
 * it decided) refers to it; the event's own page is about it. These mentions
 * weigh less in the search index, so a search for a signal finds its page first.
 */
const REFERENCE_WEIGHT = { 'data-pagefind-weight': '0.5' };

export function AdrStatus(): React.JSX.Element {
  const { frontMatter } = useDoc();
  const { status, date } = frontMatter as { status?: string; date?: string };
  return (
    <p>
      <strong>{status}</strong> ({date})
    </p>
  );
}

/** The fields that events leave out by this ADR's decision, from the event definitions. */
export function AdrExcludedFields({ data }: DataProps): React.JSX.Element {
  const adr = useCurrentAdr(data);
  return (
    <ul data-generated="excluded-fields">
      {adr.excludedFields.map((x) => (
        <li key={`${x.signal}-${x.field}`}>
          <code>{x.name}</code>{' '}
          <small>
            (left out of{' '}
            <Link to={`${x.eventPath}#excluded-fields`} {...REFERENCE_WEIGHT}>
              {x.signal}
            </Link>
            : {x.reason})
          </small>
        </li>
      ))}
    </ul>
  );
}

export function AdrChangeHistory({ data }: DataProps): React.JSX.Element {
  const adr = useCurrentAdr(data);
  return (
    <>
      {adr.history.map((h, i) => (
        <React.Fragment key={h.date + i}>
          <Heading as="h3" id={h.date}>
            {h.date}
          </Heading>
          <ul>
            <li>{h.change}</li>
          </ul>
        </React.Fragment>
      ))}
      {adr.eventChanges.length > 0 && (
        <>
          <Heading as="h3" id="event-changes">
            Event changes that cite this ADR
          </Heading>
          <ul>
            {adr.eventChanges.map((c) => (
              <li key={`${c.signal}-${c.release}`}>
                <Link to={`${c.eventPath}#release-${c.release}`} {...REFERENCE_WEIGHT}>
                  {c.signal} {c.release}
                </Link>{' '}
                ({c.date}){c.breaking ? ', breaking' : ''}: {c.summary}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

export function AdrIndex({ data }: DataProps): React.JSX.Element {
  const groups: Array<[string, string]> = [
    ['openedx-events', 'Decisions of openedx-events'],
    ['site', "This site's decisions"],
  ];
  return (
    <>
      {groups.map(([series, title]) => (
        <React.Fragment key={series}>
          <Heading as="h2" id={series}>
            {title}
          </Heading>
          <table>
            <thead>
              <tr>
                <th scope="col">Number</th>
                <th scope="col">Title</th>
                <th scope="col">Status</th>
                <th scope="col">Date</th>
                <th scope="col">Related events</th>
              </tr>
            </thead>
            <tbody>
              {data.adrs
                .filter((a) => a.series === series)
                .map((a) => (
                  <tr key={a.path}>
                    <td>
                      <Link to={a.path}>{a.adr}</Link>
                    </td>
                    <td>
                      <Link to={a.path}>{a.title}</Link>
                    </td>
                    <td>{a.status}</td>
                    <td>{a.date}</td>
                    <td>
                      {a.relatedEvents.length
                        ? a.relatedEvents.map((e, i) => (
                            <React.Fragment key={e.signal}>
                              {i > 0 && ', '}
                              <Link to={e.path}>{e.signal}</Link>
                            </React.Fragment>
                          ))
                        : '—'}
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </React.Fragment>
      ))}
    </>
  );
}
