/**
 * Consistency checks between the event definitions, their schemas and the
 * ADRs. Each returns problems instead of throwing, so one run lists them all.
 */
import { REPOSITORIES, UPSTREAM_REPOSITORY } from '../../src/events/repositories';
import { compareReleases, isUpstreamRelease } from './history-replay';
import { parsePermalink } from '../../src/permalink';
import type { EventDefinition, ExceptionRule } from '../../src/events/model';
import { adrLabel, type AdrSource } from './adr-source';
import type { EventSource } from './event-source';
import { todayUtc } from './dates';
import { parseEventType } from './event-type';
import { allFields, type FieldNode, type FieldType } from './field-model';
import { eventDataSchema, type JsonSchema } from './json-schema';
import { ajvProblem, publishedValidator } from './strict-ajv';
import type { Problem } from './problems';

/** An event with what the generator derived from it. */
export interface CheckedEvent extends EventSource {
  /** Its published JSON Schema. */
  schema: JsonSchema;
  /** The field tree of its published JSON Schema. */
  fields: FieldNode[];
}

function hasException(event: EventDefinition, rule: ExceptionRule): boolean {
  return (event.exceptions ?? []).some((e) => e.rule === rule);
}

/** Signals and event types must each name one event. */
export function checkUniqueness(events: EventSource[]): Problem[] {
  const problems: Problem[] = [];
  for (const key of ['signal', 'eventType'] as const) {
    const seen = new Map<string, string>();
    for (const { file, definition } of events) {
      const value = definition[key];
      const first = seen.get(value);
      if (first) {
        problems.push({
          file,
          event: definition.signal,
          field: key,
          message: `duplicate ${key} "${value}", already defined in ${first}`,
        });
      } else {
        seen.set(value, file);
      }
    }
  }
  return problems;
}

export function checkEventType({ file, definition }: EventSource): Problem[] {
  const parsed = parseEventType(definition.eventType);
  const excused = hasException(definition, 'event-type-pattern');
  if ('error' in parsed && !excused) {
    return [
      {
        file,
        event: definition.signal,
        field: 'eventType',
        message: `"${definition.eventType}" breaks the pattern {reverse DNS}.{domain}.{subject}.{action}.v{N}: ${parsed.error}. Fix it, or record an "event-type-pattern" exception with its reason`,
      },
    ];
  }
  if (!('error' in parsed) && excused) {
    return [unneededException(file, definition, 'event-type-pattern')];
  }
  return [];
}

function unneededException(file: string, event: EventDefinition, rule: ExceptionRule): Problem {
  return {
    file,
    event: event.signal,
    field: 'exceptions',
    message: `the "${rule}" exception is not needed: the rule holds, so remove the exception`,
  };
}

/** A declared key field says since when upstream declares it: an upstream release, not before the event itself. */
function keyFieldSinceProblems({ file, definition }: CheckedEvent): Problem[] {
  const problem = (message: string) => [{ file, event: definition.signal, field: 'keyFieldSince', message }];
  const since = definition.keyFieldSince;
  if (definition.keyField === undefined) return since === undefined ? [] : problem('is given, but the event declares no keyField');
  if (since === undefined) return problem('is missing: give the release whose signals.py first declared the key field');
  if (!isUpstreamRelease(since)) return problem(`"${since}" is not an openedx-events release listed in src/events/releases.ts`);
  const added = definition.history[0]?.release;
  if (added && compareReleases(since, added) < 0) return problem(`${since} is before the release that added the event (${added})`);
  return [];
}

export function checkKeyField(event: CheckedEvent): Problem[] {
  const { file, definition, fields } = event;
  const since = keyFieldSinceProblems(event);
  if (since.length || definition.keyField === undefined) return since;
  const resolves = allFields(fields).some((f) => f.path === definition.keyField);
  const excused = hasException(definition, 'key-field-resolves');
  if (!resolves && !excused) {
    return [
      {
        file,
        event: definition.signal,
        field: definition.keyField,
        message: `key field "${definition.keyField}" does not resolve to a field of the event data`,
      },
    ];
  }
  if (resolves && excused) return [unneededException(file, definition, 'key-field-resolves')];
  return [];
}

export function checkDescriptions({ file, definition, fields }: CheckedEvent): Problem[] {
  const problems: Problem[] = [];
  if (!definition.description.trim()) {
    problems.push({ file, event: definition.signal, field: 'description', message: 'the event has no description' });
  }
  for (const row of allFields(fields)) {
    if (!row.description?.trim()) {
      problems.push({
        file,
        event: definition.signal,
        field: row.path,
        message: 'field has no description: add .describe("...") to its zod schema',
      });
    }
  }
  return problems;
}

export function checkExcludedFields({ file, definition, fields }: CheckedEvent): Problem[] {
  const paths = new Set(allFields(fields).map((f) => f.path));
  return (definition.excludedFields ?? [])
    .filter((excluded) => paths.has(excluded.field))
    .map((excluded) => ({
      file,
      event: definition.signal,
      field: excluded.field,
      message: `listed as excluded (by ${adrLabel({ adr: excluded.adr, series: 'openedx-events' })}) but present in the schema`,
    }));
}

/**
 * The paths of the keys in `value` that its type does not list: zod strips
 * them and the published schema lets them through (both accept unknown keys,
 * as upstream's attrs classes ignore them), but an example that shows a field
 * the event does not have misleads its reader.
 */
function unlistedKeys(value: unknown, type: FieldType, at: string): string[] {
  if (typeof value !== 'object' || value === null) return [];
  switch (type.kind) {
    case 'object': {
      const byName = new Map(type.fields.map((f) => [f.name, f]));
      return Object.entries(value).flatMap(([key, item]) => {
        const field = byName.get(key);
        const path = at ? `${at}.${key}` : key;
        return field ? unlistedKeys(item, field.type, path) : [path];
      });
    }
    case 'array':
      return Array.isArray(value) ? value.flatMap((item) => unlistedKeys(item, type.items.type, `${at}[]`)) : [];
    case 'map':
      return Object.values(value).flatMap((item) => unlistedKeys(item, type.values.type, `${at}{}`));
    case 'union': {
      // The value is one of the variants: the one that lists the most of its keys.
      const each = type.variants.map((variant) => unlistedKeys(value, variant, at));
      return each.reduce((fewest, keys) => (keys.length < fewest.length ? keys : fewest), each[0] ?? []);
    }
    default:
      return [];
  }
}

/**
 * Every example must satisfy the zod schemas and the published JSON Schema,
 * and hold no key that the schema does not list.
 */
export function checkExamples({ file, definition, schema: published, fields }: CheckedEvent): Problem[] {
  const problems: Problem[] = [];
  if (definition.examples.length === 0) {
    return [{ file, event: definition.signal, field: 'examples', message: 'needs at least one example payload' }];
  }
  const schema = eventDataSchema(definition);
  const validate = publishedValidator(published);
  definition.examples.forEach((example, i) => {
    const result = schema.safeParse(example);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({
          file,
          event: definition.signal,
          field: issue.path.join('.') || '(root)',
          message: `examples[${i}]: ${issue.message}`,
        });
      }
      return;
    }
    const unlisted = unlistedKeys(example, { kind: 'object', fields }, '');
    for (const field of unlisted) {
      problems.push({ file, event: definition.signal, field, message: `examples[${i}]: is not a field of the schema` });
    }
    if (!unlisted.length && !validate(example)) {
      for (const error of validate.errors ?? []) {
        const { field, message } = ajvProblem(error);
        problems.push({ file, event: definition.signal, field, message: `examples[${i}]: ${message} (published JSON Schema)` });
      }
    }
  });
  return problems;
}

/**
 * Producers, consumers and bus usages name a listed repository, and each
 * source's permalink points into that repository (or a former name of it);
 * an empty list says what was searched, and a list that is not empty does
 * not claim that nothing was found.
 */
export function checkCodeSources({ file, definition }: EventSource): Problem[] {
  const problems: Problem[] = [];
  const event = definition.signal;
  const listed = new Map(REPOSITORIES.map((r) => [r.repository, r]));
  const cite = (field: string, repository: string | null, url: string) => {
    const permalink = parsePermalink(url);
    if (!permalink) return; // the shape check named it
    const entry =
      repository === null
        ? [...listed.values()].find((r) => [r.repository, ...(r.formerly ?? [])].includes(permalink.repository))
        : listed.get(repository);
    if (!entry) {
      problems.push({
        file,
        event,
        field,
        message: `repository "${repository ?? permalink.repository}" is not listed in src/events/repositories.ts`,
      });
    } else if (![entry.repository, ...(entry.formerly ?? [])].includes(permalink.repository)) {
      problems.push({ file, event, field, message: `the source points into ${permalink.repository}, not ${entry.repository}` });
    }
  };
  definition.producers.forEach((p, i) => cite(`producers.${i}.source`, p.repository, p.source.url));
  definition.consumers.forEach((c, i) => cite(`consumers.${i}.source`, c.repository, c.source.url));
  (definition.busUsage ?? []).forEach((b, i) => cite(`busUsage.${i}.source`, null, b.source.url));
  if (definition.staleBusWarning) cite('staleBusWarning.source', UPSTREAM_REPOSITORY, definition.staleBusWarning.source.url);
  for (const [list, none, name] of [
    [definition.producers, definition.noProducerKnown, 'producers'],
    [definition.consumers, definition.noConsumerKnown, 'consumers'],
  ] as const) {
    const key = name === 'producers' ? 'noProducerKnown' : 'noConsumerKnown';
    if (!list.length && !none)
      problems.push({
        file,
        event,
        field: name,
        message: `is empty: list the ${name} found in public code, or say what was searched in ${key}`,
      });
    if (list.length && none) problems.push({ file, event, field: key, message: `contradicts the ${list.length} ${name} listed` });
  }
  return problems;
}

/** A note that upstream's bus warning is stale must be true: the event's Avro schema exists. */
export function checkStaleBusWarning({ file, definition }: EventSource, hasAvro: boolean): Problem[] {
  if (!definition.staleBusWarning || hasAvro) return [];
  return [
    {
      file,
      event: definition.signal,
      field: 'staleBusWarning',
      message: 'says upstream’s warning about the event bus is stale, but the bus cannot carry this event (it has no Avro schema)',
    },
  ];
}

/** Events and ADRs must name each other, and only what exists. */
export function checkAdrLinks(events: EventSource[], adrs: AdrSource[]): Problem[] {
  const problems: Problem[] = [];
  const upstreamAdrs = new Map(adrs.filter((a) => a.meta.series === 'openedx-events').map((a) => [a.meta.adr, a]));
  const bySignal = new Map(events.map((e) => [e.definition.signal, e]));

  const today = todayUtc();
  const seen = new Map<string, string>();
  for (const adr of adrs) {
    for (const [key, label] of [
      [`${adr.meta.series}#${adr.meta.adr}`, `number ${adr.meta.adr} in series ${adr.meta.series}`],
      [adr.meta.slug, `slug ${adr.meta.slug}`],
    ]) {
      const first = seen.get(key);
      if (first)
        problems.push({
          file: adr.file,
          field: key.startsWith('/') ? 'slug' : 'adr',
          message: `duplicate ${label}, already used by ${first}`,
        });
      else seen.set(key, adr.file);
    }
  }

  // An event's related ADRs are those that list it; what the event cites must be among them.
  for (const { file, definition } of events) {
    const citations: Array<[string, number]> = [
      ...(definition.excludedFields ?? []).map((e): [string, number] => [e.field, e.adr]),
      ...definition.history.flatMap((h, i): Array<[string, number]> => (h.adr === undefined ? [] : [[`history[${i}].adr`, h.adr]])),
    ];
    for (const [field, n] of citations) {
      const adr = upstreamAdrs.get(n);
      if (!adr) {
        problems.push({ file, event: definition.signal, field, message: `names ADR ${n}, which does not exist under adr/` });
      } else if (!adr.meta.related_events.includes(definition.signal)) {
        problems.push({
          file,
          event: definition.signal,
          field,
          message: `cites ADR ${n}, which does not list the event: add ${definition.signal} to related_events in ${adr.file}`,
        });
      }
    }
  }

  for (const adr of adrs) {
    adr.meta.related_events.forEach((signal, i) => {
      if (!bySignal.has(signal)) {
        problems.push({ file: adr.file, event: signal, field: `related_events[${i}]`, message: `names an unknown event "${signal}"` });
      }
    });
    adr.meta.history.forEach((entry, i) => {
      if (entry.date > today) {
        problems.push({ file: adr.file, field: `history[${i}].date`, message: `${entry.date} is in the future (today is ${today}, UTC)` });
      }
      const next = adr.meta.history[i + 1];
      if (next && next.date > entry.date) {
        problems.push({
          file: adr.file,
          field: `history[${i + 1}].date`,
          message: `${next.date} is after ${entry.date}: list the ADR history newest first`,
        });
      }
    });
  }
  return problems;
}

/** Every check, over the whole catalog. */
export function checkCatalog(events: CheckedEvent[], adrs: AdrSource[]): Problem[] {
  return [
    ...checkUniqueness(events),
    ...events.flatMap((event) => [
      ...checkEventType(event),
      ...checkKeyField(event),
      ...checkDescriptions(event),
      ...checkExcludedFields(event),
      ...checkCodeSources(event),
      ...checkExamples(event),
    ]),
    ...checkAdrLinks(events, adrs),
  ];
}
