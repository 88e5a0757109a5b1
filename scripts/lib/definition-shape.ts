/**
 * The shape of an event definition, checked as soon as the event files are
 * loaded and before any other check: every other step (JSON Schema, field
 * tree, pages) reads the definition as typed, and would crash or silently
 * publish nonsense on a missing key, a typo in a key (`breakng: true`), a
 * `data` given as one z.object, or an example that is not plain JSON. Here
 * each such problem is one line naming the file, the event and the key.
 */
import { z } from 'zod';
import type { ConsumerKind, DataShape, EventDefinition, ExceptionRule, SourceConfidence } from '../../src/events/model';
import { parsePermalink } from '../../src/permalink';
import { nonJsonValues } from './json-value';
import { nameProblem } from './names';
import type { Problem } from './problems';
import { dataTypeProblems } from './zod-types';

const text = z.string().min(1, 'must not be empty');

const exceptionRule = z.enum(['event-type-pattern', 'key-field-resolves', 'event-bus-serializable']) satisfies z.ZodType<ExceptionRule>;

const dataShape = z.custom<DataShape>(
  (value) => typeof value === 'object' && value !== null && !(value instanceof z.ZodType),
  'must be an object of zod schemas, one per data key ({ key: z.object(...) }), not a zod schema itself',
);

const confidence = z.enum(['read', 'excerpt']) satisfies z.ZodType<SourceConfidence>;
const consumerKind = z.enum(['django-receiver', 'event-bus-consumer', 'settings-subscription']) satisfies z.ZodType<ConsumerKind>;

/** A source in public code: a permalink with a commit (and, once read, the line), and how sure the entry is. */
const codeSource = z
  .object({
    url: z.string().refine((url) => parsePermalink(url) !== null, {
      message: 'must be a permalink: https://github.com/<owner>/<name>/blob/<40-hex commit>/<path>#L<line>',
    }),
    confidence,
    note: text.optional(),
  })
  .strict()
  .refine((source) => source.confidence !== 'read' || parsePermalink(source.url)?.lines, {
    message: 'a source read at its commit must name its line (#L<n>)',
    path: ['url'],
  });

const noneKnown = z.object({ searched: text }).strict();

/** What every history entry holds, of an event or of a data class. */
export const releaseEntryShape = {
  release: z.string(),
  summary: text,
  breaking: z.boolean(),
  adr: z.number().int().positive().optional(),
  added: dataShape.optional(),
  changed: dataShape.optional(),
  removed: z.array(text).min(1).optional(),
};

const historyEntry = z.object({ ...releaseEntryShape, renamedFrom: text.optional(), eventRemoved: z.literal(true).optional() }).strict();

/** Everything an event file's default export may hold; unknown keys are refused. */
const eventDefinitionShape = z
  .object({
    signal: z.string(),
    eventType: z.string(),
    description: text,
    keyField: text.optional(),
    keyFieldSince: z.string().optional(),
    producers: z.array(z.object({ repository: text, service: text, trigger: text, source: codeSource }).strict()),
    consumers: z.array(z.object({ repository: text, service: text, use: text, kind: consumerKind, source: codeSource }).strict()),
    noProducerKnown: noneKnown.optional(),
    noConsumerKnown: noneKnown.optional(),
    busUsage: z.array(z.object({ topic: text, keyField: text.optional(), source: codeSource }).strict()).optional(),
    staleBusWarning: z.object({ source: codeSource }).strict().optional(),
    data: dataShape,
    examples: z.array(z.record(z.unknown())).min(1, 'needs at least one example payload'),
    excludedFields: z.array(z.object({ field: text, reason: text, adr: z.number().int().positive() }).strict()).optional(),
    history: z.array(historyEntry).min(1, 'needs at least the entry that added the event'),
    exceptions: z.array(z.object({ rule: exceptionRule, reason: text }).strict()).optional(),
    deprecated: z.boolean().optional(),
  })
  .strict();

/** A loaded default export, still untyped. */
export interface LoadedEvent {
  file: string;
  definition: unknown;
}

/** The signal to name in messages, if the definition has a usable one. */
function signalOf(definition: unknown): string | undefined {
  const signal = (definition as { signal?: unknown } | null)?.signal;
  return typeof signal === 'string' && nameProblem('signal', signal) === null ? signal : undefined;
}

/**
 * Every problem with the shape of one definition, its names, its zod types
 * and its examples; none means the definition is an EventDefinition.
 */
export function definitionProblems({ file, definition }: LoadedEvent): Problem[] {
  const event = signalOf(definition);
  if (typeof definition !== 'object' || definition === null) {
    return [{ file, message: 'must default-export defineEvent({...})' }];
  }
  const parsed = eventDefinitionShape.safeParse(definition);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => ({
      file,
      event,
      field: [...issue.path, ...(issue.code === 'unrecognized_keys' ? issue.keys : [])].join('.') || '(definition)',
      message: issue.code === 'unrecognized_keys' ? 'is not a key of an event definition (a typo?)' : issue.message,
    }));
  }
  const problems: Problem[] = [];
  const { signal, eventType, data, examples } = definition as EventDefinition;
  for (const [field, kind, value] of [
    ['signal', 'signal', signal],
    ['eventType', 'eventType', eventType],
  ] as const) {
    const problem = nameProblem(kind, value);
    if (problem) problems.push({ file, event, field, message: problem });
  }
  for (const problem of dataTypeProblems(data)) problems.push({ file, event, ...problem });
  (definition as EventDefinition).history.forEach((entry, i) => {
    for (const key of ['added', 'changed'] as const) {
      for (const problem of dataTypeProblems(entry[key] ?? {}))
        problems.push({ file, event, ...problem, field: `history[${i}].${key}.${problem.field}` });
    }
  });
  examples.forEach((example, i) => {
    for (const problem of nonJsonValues(example, '')) {
      problems.push({ file, event, field: problem.path, message: `examples[${i}]: ${problem.message}` });
    }
  });
  return problems;
}
