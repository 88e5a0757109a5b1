/**
 * Every openedx-events release that defines events, oldest first, with the
 * date of its tagged commit (UTC), and the named Open edX releases that pin
 * one of them. Facts only: the history of each event and data class names
 * releases from this list, and the site's releases page, schema sets and
 * comparisons cover exactly these.
 */

export interface UpstreamRelease {
  release: string;
  /** The committer date of the release's tag, `YYYY-MM-DD` (UTC). */
  date: string;
}

const RELEASE_DATES: Array<[release: string, date: string]> = [
  ['0.4.0', '2021-08-18'],
  ['0.4.1', '2021-08-18'],
  ['0.5.0', '2021-08-24'],
  ['0.5.1', '2021-08-26'],
  ['0.6.0', '2021-09-15'],
  ['0.7.0', '2022-01-06'],
  ['0.7.1', '2022-01-13'],
  ['0.8.0', '2022-02-25'],
  ['0.8.1', '2022-03-03'],
  ['0.8.2', '2022-04-13'],
  ['0.8.3', '2022-04-26'],
  ['0.9.0', '2022-05-05'],
  ['0.9.1', '2022-05-23'],
  ['0.10.0', '2022-06-13'],
  ['0.11.0', '2022-07-25'],
  ['0.11.1', '2022-07-28'],
  ['0.12.0', '2022-08-16'],
  ['0.13.0', '2022-09-20'],
  ['0.14.0', '2022-09-21'],
  ['1.0.0', '2022-09-27'],
  ['2.0.0', '2022-10-18'],
  ['3.0.0', '2022-10-20'],
  ['3.0.1', '2022-10-31'],
  ['3.1.0', '2022-11-22'],
  ['3.2.0', '2022-12-01'],
  ['4.0.0', '2022-12-02'],
  ['4.1.0', '2023-01-03'],
  ['4.1.1', '2023-01-23'],
  ['4.2.0', '2023-01-25'],
  ['5.0.0', '2023-02-03'],
  ['5.1.0', '2023-02-17'],
  ['6.0.0', '2023-02-27'],
  ['7.0.0', '2023-03-09'],
  ['7.1.0', '2023-05-03'],
  ['7.2.0', '2023-05-08'],
  ['7.3.0', '2023-05-15'],
  ['8.0.0', '2023-05-17'],
  ['8.0.1', '2023-06-01'],
  ['8.2.0', '2023-06-23'],
  ['8.3.0', '2023-07-20'],
  ['8.4.0', '2023-08-02'],
  ['8.5.0', '2023-08-08'],
  ['8.6.0', '2023-08-28'],
  ['8.7.0', '2023-10-02'],
  ['8.8.0', '2023-10-02'],
  ['8.9.0', '2023-10-04'],
  ['9.0.0', '2023-10-06'],
  ['9.0.1', '2023-10-31'],
  ['9.1.0', '2023-11-14'],
  ['9.2.0', '2023-11-16'],
  ['9.3.0', '2024-01-25'],
  ['9.4.0', '2024-02-01'],
  ['9.5.0', '2024-02-07'],
  ['9.5.1', '2024-02-12'],
  ['9.5.2', '2024-02-19'],
  ['9.6.0', '2024-04-01'],
  ['9.7.0', '2024-04-04'],
  ['9.8.0', '2024-04-11'],
  ['9.9.0', '2024-04-11'],
  ['9.9.1', '2024-04-12'],
  ['9.9.2', '2024-04-18'],
  ['9.10.0', '2024-05-08'],
  ['9.11.0', '2024-06-20'],
  ['9.12.0', '2024-08-21'],
  ['9.13.0', '2024-09-05'],
  ['9.14.0', '2024-09-06'],
  ['9.14.1', '2024-09-17'],
  ['9.15.0', '2024-10-12'],
  ['9.15.1', '2025-01-13'],
  ['9.15.2', '2025-01-16'],
  ['9.16.0', '2025-01-30'],
  ['9.17.0', '2025-01-30'],
  ['9.18.0', '2025-02-11'],
  ['9.18.1', '2025-02-13'],
  ['9.18.2', '2025-02-18'],
  ['9.20.0', '2025-03-18'],
  ['10.0.0', '2025-04-11'],
  ['10.1.0', '2025-05-02'],
  ['10.2.0', '2025-05-08'],
  ['10.2.1', '2025-05-13'],
  ['10.3.0', '2025-07-02'],
  ['10.4.0', '2025-07-23'],
  ['10.5.0', '2025-08-21'],
  ['11.0.0', '2026-03-24'],
  ['11.1.0', '2026-03-25'],
  ['11.1.1', '2026-04-09'],
  ['11.2.0', '2026-04-22'],
];

/** Oldest first. */
export const UPSTREAM_RELEASES: readonly UpstreamRelease[] = RELEASE_DATES.map(([release, date]) => ({ release, date }));

const DATES = new Map(RELEASE_DATES);

/** The date of an upstream release; throws on a release not in the list (the history checks refuse those first). */
export function releaseDate(release: string): string {
  const date = DATES.get(release);
  if (date === undefined) throw new Error(`${release} is not an openedx-events release listed in src/events/releases.ts`);
  return date;
}

export interface NamedRelease {
  /** The Open edX release name, e.g. `Sumac`. */
  name: string;
  /** The openedx-events release it pins, or null when no public evidence was found. */
  release: string | null;
  /** Where the pin can be read, in words a reader can follow. */
  evidence: string;
}

/** Oldest first. */
export const NAMED_RELEASES: readonly NamedRelease[] = [
  {
    name: 'Redwood',
    release: '9.10.0',
    evidence: 'The openedx-events branch open-release/redwood.master is at 9.10.0.',
  },
  {
    name: 'Sumac',
    release: '9.15.0',
    evidence: 'The openedx-events branch open-release/sumac.master is at 9.15.0.',
  },
  {
    name: 'Teak',
    release: '10.2.0',
    evidence:
      'openedx-events has no Teak branch; edx-platform pins openedx-events==10.2.0 in requirements/edx/base.txt at commit ' +
      'eed5821cd764904617dbcecb4c75338e1ca7967c, which a public edx-platform issue names as its Teak release.',
  },
  {
    name: 'Ulmo',
    release: '10.5.0',
    evidence:
      'The openedx-events branch release/ulmo-docs is at 10.5.0, and edx-platform pins openedx-events==10.5.0 in ' +
      'requirements/edx/base.txt at commit 000a598851c358ea2e77d6626765255238937089.',
  },
  {
    name: 'Verawood',
    release: null,
    evidence: 'No openedx-events branch and no edx-platform release branch pinning a version was found.',
  },
];

/**
 * What upstream's Avro schema generator (`event_bus/avro/schema.py`) could
 * map at a release, by the first release of each capability: before the
 * first, there was no event bus; arrays and maps first held only simple
 * values (strings, numbers, booleans, keys, date-times), and data classes
 * only from the complex-type support of 11.0.0 on. An event whose data
 * needs more than its release could map had no Avro schema then.
 */
export const AVRO_CAPABILITIES = {
  /** The first release with the Avro schema generator: records of simple fields, no arrays or maps. */
  records: '0.10.0',
  /** Arrays of simple values. */
  arraysOfSimpleValues: '5.1.0',
  /** Maps (dicts) of simple values. */
  mapsOfSimpleValues: '9.16.0',
  /** Arrays and maps of anything, data classes included. */
  complexTypes: '11.0.0',
} as const;

/** `10.5.0 (Ulmo)` for a release a named Open edX release pins, else the release: how versions and releases are labelled. */
export function releaseLabel(release: string): string {
  const named = NAMED_RELEASES.filter((n) => n.release === release).map((n) => n.name);
  return named.length ? `${release} (${named.join(', ')})` : release;
}
