/**
 * The catalogue of bad inputs and faults (issue 12): one row each, run
 * through the CLI on one temporary copy of the site, restored between rows.
 * Each row asserts the exit code, the message (file, event and field where
 * they exist), that no stack trace is printed, and that the generated files
 * are byte-identical to the last good state with no stray file left. Then
 * the kills: `generate` and `release` killed at every point they have (the
 * points are counted by running until a run ends on its own), each leaving
 * the old set or the new set and nothing torn.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { assertConfined, GENERATED_DIRS, OUTPUTS_LEDGER } from '../../scripts/lib/outputs';
import { SourceProblems } from '../../scripts/lib/problems';
import { validateOutputs } from '../../scripts/lib/validate-outputs';
import { makeTempSite, ROOT, runScriptWith, snapshot } from '../support/temp-site';

const EVENT = 'src/events/content_authoring/course-catalog-info-changed.event.ts';
const SIGNAL = 'COURSE_CATALOG_INFO_CHANGED';
const ADR = 'adr/site/0001-zod-definitions-are-the-source-of-truth.mdx';
const PROBE = 'src/events/probe/probe.event.ts';
const DATA = 'src/events/data/content_authoring.ts';
/** The generated docs versions of the named releases, after the cut releases in versions.json. */
const NAMED_VERSIONS = ['10.5.0', '10.2.0', '9.15.0', '9.10.0'];
const TODAY = '2026-11-30';
/** A stack frame as Node prints it. */
const STACK_FRAME = /\n\s+at .+[:(]\d+:\d+\)?/;

interface ProbeParts {
  signal?: string;
  eventType?: string;
  /** The `data` object's source. */
  data?: string;
  /** The `examples` array's source. */
  examples?: string;
  exceptions?: string;
  /** The `producers`, `consumers` and `noConsumerKnown` keys' source. */
  sources?: string;
  /** Source put before the definition (declarations the parts use). */
  preamble?: string;
}

/** The probe's data: one data class, added (like the event) in the newest upstream release. */
const PROBE_DATA =
  "{ thing: dataClass({ name: 'ProbeThing', module: 'probe', description: 'The thing.', history: [{ release: '11.2.0', summary: 'Added.', breaking: false, added: { a: z.string() } }] }, z.object({ a: z.string().describe('A.') })) }";

/** A whole event file, valid unless a part says otherwise; its exceptions excuse nothing by default. */
function probeEvent(parts: ProbeParts = {}): string {
  return `import { z } from 'zod';
import { dataClass, defineEvent } from '../model';
${parts.preamble ?? ''}
const probeData = ${parts.data ?? PROBE_DATA};

export default defineEvent({
  signal: ${JSON.stringify(parts.signal ?? 'PROBE_EVENT')},
  eventType: ${JSON.stringify(parts.eventType ?? 'org.openedx.probe.thing.happened.v1')},
  description: 'An event for the bad-input catalogue.',
  ${parts.sources ?? "producers: [],\n  consumers: [],\n  noConsumerKnown: { searched: 'A probe.' },"}
  noProducerKnown: { searched: 'A probe.' },
  data: probeData,
  examples: ${parts.examples ?? "[{ thing: { a: 'x' } }]"},
  history: [{ release: '11.2.0', summary: 'Added.', breaking: false, added: probeData }],
  ${parts.exceptions ? `exceptions: ${parts.exceptions},` : ''}
});
`;
}

/** A consumer of the probe, its source left to each row. */
const PROBE_CONSUMER = "repository: 'openedx/course-discovery', service: 'Course Discovery', use: 'Reads it.', kind: 'event-bus-consumer'";
const COMMIT = '0123456789abcdef0123456789abcdef01234567';
const UPSTREAM_SIGNALS = `https://github.com/openedx/openedx-events/blob/${COMMIT}/openedx_events/learning/signals.py`;
const DISCOVERY_FILE = `https://github.com/openedx/course-discovery/blob/${COMMIT}/course_discovery/apps/course_metadata/signals.py`;

const busException = "[{ rule: 'event-bus-serializable', reason: 'The catalogue probes types the bus cannot carry.' }]";
const patternException = "[{ rule: 'event-type-pattern', reason: 'The catalogue probes event types.' }]";

/** A probe event whose one field has the given zod type, behind the exception that lets the bus skip it. */
function probeField(type: string, example = "{ thing: { a: 'x' } }"): string {
  return probeEvent({
    data: `{ thing: z.object({ a: ${type}.describe('A.') }).describe('The thing.') }`,
    examples: `[${example}]`,
    exceptions: busException,
  });
}

/** Edits of the temporary site, undone by restore(). */
class SiteEdits {
  private readonly originals = new Map<string, string | null>();
  constructor(readonly dir: string) {}

  read(file: string): string {
    return fs.readFileSync(path.join(this.dir, file), 'utf8');
  }

  write(file: string, content: string): void {
    const abs = path.join(this.dir, file);
    if (!this.originals.has(file)) this.originals.set(file, fs.existsSync(abs) ? fs.readFileSync(abs, 'utf8') : null);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, content);
  }

  /** Replaces `from` (which must be there) by `to` in `file`. */
  replace(file: string, from: string, to: string): void {
    const text = this.read(file);
    assert.ok(text.includes(from), `${file} no longer contains ${JSON.stringify(from)}`);
    this.write(file, text.replace(from, to));
  }

  rename(from: string, to: string): void {
    const content = this.read(from);
    this.write(to, content);
    this.remove(from);
  }

  remove(file: string): void {
    const abs = path.join(this.dir, file);
    if (!this.originals.has(file)) this.originals.set(file, fs.readFileSync(abs, 'utf8'));
    fs.rmSync(abs);
  }

  /** The files this set of edits wrote or removed. */
  touched(): Set<string> {
    return new Set(this.originals.keys());
  }

  restore(): void {
    for (const [file, content] of this.originals) {
      const abs = path.join(this.dir, file);
      if (content === null) fs.rmSync(abs, { force: true });
      else fs.writeFileSync(abs, content);
    }
    this.originals.clear();
    fs.rmSync(path.join(this.dir, 'src/events/probe'), { recursive: true, force: true });
    fs.rmSync(path.join(this.dir, '.tmp'), { recursive: true, force: true });
  }
}

interface Row {
  name: string;
  mutate: (site: SiteEdits) => void;
  script?: string;
  args?: string[];
  env?: Record<string, string>;
  status?: number;
  /** Text the output must contain: the message, with the file, event and field. */
  expect: string[];
  /** Set for the one row that shows the stack-trace check can fail. */
  stackTrace?: boolean;
}

const insertKey = (site: SiteEdits, line: string) =>
  site.replace(EVENT, `  keyField: 'catalog_info.course_key',\n`, `  keyField: 'catalog_info.course_key',\n${line}\n`);
const inEvent = (field: string, message: string) => `${EVENT}: event ${SIGNAL}: field ${field}: ${message}`;
const inProbe = (field: string, message: string, signal = 'PROBE_EVENT') => `${PROBE}: event ${signal}: field ${field}: ${message}`;
const adrBody = (site: SiteEdits, text: string) => site.replace(ADR, '## Context \\{#context}\n', `## Context \\{#context}\n\n${text}\n`);
/** The line of the ADR on which adrBody puts its text: two below the Context heading. */
const ADR_LINE = fs.readFileSync(path.join(ROOT, ADR), 'utf8').split('\n').indexOf('## Context \\{#context}') + 3;

const ROWS: Row[] = [
  // 1. The shape of a definition, checked before anything reads it.
  {
    name: 'a typo in a definition key',
    mutate: (s) => insertKey(s, '  breakng: true,'),
    expect: [inEvent('breakng', 'is not a key of an event definition')],
  },
  {
    name: 'a typo in a history entry key',
    mutate: (s) =>
      s.replace(
        EVENT,
        '      breaking: false,\n      added: { catalog_info: CourseCatalogData },',
        '      breakng: false,\n      added: { catalog_info: CourseCatalogData },',
      ),
    expect: [inEvent('history.0.breaking', 'Required'), inEvent('history.0.breakng', 'is not a key')],
  },
  {
    name: 'no description',
    mutate: (s) => s.write(PROBE, probeEvent().replace("  description: 'An event for the bad-input catalogue.',\n", '')),
    expect: [inProbe('description', 'Required')],
  },
  {
    name: 'an empty description',
    mutate: (s) => s.write(PROBE, probeEvent().replace("'An event for the bad-input catalogue.'", "''")),
    expect: [inProbe('description', 'must not be empty')],
  },
  {
    name: 'no history',
    mutate: (s) => s.write(PROBE, probeEvent().replace(/ {2}history: .*\n/, '')),
    expect: [inProbe('history', 'Required')],
  },
  {
    name: 'an empty history',
    mutate: (s) => s.write(PROBE, probeEvent().replace(/ {2}history: .*\n/, '  history: [],\n')),
    expect: [inProbe('history', 'needs at least the entry that added the event')],
  },
  {
    name: 'no examples',
    mutate: (s) => s.write(PROBE, probeEvent().replace(/ {2}examples: .*\n/, '')),
    expect: [inProbe('examples', 'Required')],
  },
  {
    name: 'no example',
    mutate: (s) => s.write(PROBE, probeEvent({ examples: '[]' })),
    expect: [inProbe('examples', 'needs at least one example payload')],
  },
  {
    name: 'data given as a z.object',
    mutate: (s) => s.write(PROBE, probeEvent({ data: "z.object({ thing: z.string().describe('A.') })" })),
    expect: [inProbe('data', 'must be an object of zod schemas, one per data key')],
  },
  {
    name: 'a data value that is not a zod schema',
    mutate: (s) => s.write(PROBE, probeEvent({ data: "{ thing: 'a string' }" })),
    expect: [inProbe('thing', 'a value that is not a zod schema has no JSON Schema or Avro form')],
  },
  {
    name: 'a signal that is not a string',
    mutate: (s) => s.write(PROBE, probeEvent().replace('"PROBE_EVENT"', '42')),
    expect: [`${PROBE}: field signal: Expected string, received number`],
  },
  {
    name: 'a default export that is no definition',
    mutate: (s) => s.write(PROBE, 'export default 42;\n'),
    expect: [`${PROBE}: must default-export defineEvent({...})`],
  },
  {
    name: 'no default export',
    mutate: (s) => s.write(PROBE, 'export const x = 1;\n'),
    expect: [`${PROBE}: must default-export defineEvent({...})`],
  },
  {
    name: 'an unknown key in a producer',
    mutate: (s) => s.replace(EVENT, "      service: 'Studio',\n", "      service: 'Studio',\n      servce: 'Studio',\n"),
    expect: [inEvent('producers.0.servce', 'is not a key')],
  },
  {
    name: 'a key field without the release that declared it',
    mutate: (s) => s.replace(EVENT, "  keyFieldSince: '9.6.0',\n", ''),
    expect: [inEvent('keyFieldSince', 'is missing: give the release whose signals.py first declared the key field')],
  },
  {
    name: 'a key field declared before the event existed',
    mutate: (s) => s.replace(EVENT, "  keyFieldSince: '9.6.0',\n", "  keyFieldSince: '0.4.0',\n"),
    expect: [inEvent('keyFieldSince', '0.4.0 is before the release that added the event (0.11.0)')],
  },
  {
    name: 'a consumer without its source',
    mutate: (s) => s.write(PROBE, probeEvent({ sources: `producers: [], consumers: [{ ${PROBE_CONSUMER} }],` })),
    expect: [inProbe('consumers.0.source', 'Required')],
  },
  {
    name: 'a consumer whose source is not a permalink at a commit',
    mutate: (s) =>
      s.write(
        PROBE,
        probeEvent({
          sources: `producers: [], consumers: [{ ${PROBE_CONSUMER}, source: { url: '${DISCOVERY_FILE.replace(COMMIT, 'master')}#L3', confidence: 'read' } }],`,
        }),
      ),
    expect: [
      inProbe('consumers.0.source.url', 'must be a permalink: https://github.com/<owner>/<name>/blob/<40-hex commit>/<path>#L<line>'),
    ],
  },
  {
    name: 'a source read at its commit without its line',
    mutate: (s) =>
      s.write(
        PROBE,
        probeEvent({
          sources: `producers: [], consumers: [{ ${PROBE_CONSUMER}, source: { url: '${DISCOVERY_FILE}', confidence: 'read' } }],`,
        }),
      ),
    expect: [inProbe('consumers.0.source.url', 'a source read at its commit must name its line (#L<n>)')],
  },
  {
    name: 'a consumer in a repository the list does not have',
    mutate: (s) =>
      s.write(
        PROBE,
        probeEvent({
          sources: `producers: [], consumers: [{ ${PROBE_CONSUMER.replace('openedx/course-discovery', 'someone/elsewhere')}, source: { url: '${DISCOVERY_FILE}#L3', confidence: 'read' } }],`,
        }),
      ),
    expect: [inProbe('consumers.0.source', 'repository "someone/elsewhere" is not listed in src/events/repositories.ts')],
  },
  {
    name: 'a source in another repository than its consumer',
    mutate: (s) =>
      s.write(
        PROBE,
        probeEvent({
          sources: `producers: [], consumers: [{ ${PROBE_CONSUMER}, source: { url: '${DISCOVERY_FILE.replace('course-discovery', 'credentials')}#L3', confidence: 'read' } }],`,
        }),
      ),
    expect: [inProbe('consumers.0.source', 'the source points into openedx/credentials, not openedx/course-discovery')],
  },
  {
    name: 'a note that upstream’s bus warning is stale, on an event the bus cannot carry',
    mutate: (s) =>
      s.write(
        PROBE,
        probeField('z.record(z.string(), z.string())', "{ thing: { a: { k: 'v' } } }").replace(
          '  data: probeData,',
          `  staleBusWarning: { source: { url: '${UPSTREAM_SIGNALS}#L9', confidence: 'read' } },\n  data: probeData,`,
        ),
      ),
    expect: [
      inProbe(
        'staleBusWarning',
        'says upstream’s warning about the event bus is stale, but the bus cannot carry this event (it has no Avro schema)',
      ),
    ],
  },
  {
    name: 'no consumer and nothing said of the search',
    mutate: (s) => s.write(PROBE, probeEvent({ sources: 'producers: [], consumers: [],' })),
    expect: [inProbe('consumers', 'is empty: list the consumers found in public code, or say what was searched in noConsumerKnown')],
  },
  {
    name: 'an unknown exception rule',
    mutate: (s) => s.write(PROBE, probeEvent({ exceptions: "[{ rule: 'no-such-rule', reason: 'x' }]" })),
    expect: [inProbe('exceptions.0.rule', 'Invalid enum value')],
  },
  {
    name: 'a file that does not compile',
    mutate: (s) => s.write(PROBE, `${probeEvent()}\nconst broken = ;\n`),
    expect: [`${PROBE}:`, 'Unexpected ";"'],
  },
  {
    name: 'a file that throws while loading',
    mutate: (s) => s.write(PROBE, `${probeEvent()}\nthrow new Error('no probe today');\n`),
    expect: [`${PROBE}: throws while loading: no probe today`],
  },

  // 3. Examples that are not plain JSON, or say more than the schema.
  {
    name: 'a bigint in an example',
    mutate: (s) => s.write(PROBE, probeField('z.any()', '{ thing: { a: 10n } }')),
    expect: [inProbe('thing.a', 'examples[0]: a value of type bigint has no JSON form')],
  },
  {
    name: 'Infinity in an example',
    mutate: (s) => s.write(PROBE, probeField('z.number()', '{ thing: { a: Infinity } }')),
    expect: [inProbe('thing.a', 'examples[0]: Infinity is not a JSON number')],
  },
  {
    name: 'NaN in an example',
    mutate: (s) => s.write(PROBE, probeField('z.any()', '{ thing: { a: NaN } }')),
    expect: [inProbe('thing.a', 'examples[0]: NaN is not a JSON number')],
  },
  {
    name: 'undefined in an example',
    mutate: (s) => s.write(PROBE, probeField('z.any()', '{ thing: { a: undefined } }')),
    expect: [inProbe('thing.a', 'examples[0]: a value of type undefined has no JSON form')],
  },
  {
    name: 'a function in an example',
    mutate: (s) => s.write(PROBE, probeField('z.any()', '{ thing: { a: () => 1 } }')),
    expect: [inProbe('thing.a', 'examples[0]: a value of type function has no JSON form')],
  },
  {
    name: 'a Date in an example',
    mutate: (s) => s.write(PROBE, probeField('z.any()', '{ thing: { a: new Date(0) } }')),
    expect: [inProbe('thing.a', 'examples[0]: is an object that is not a plain')],
  },
  {
    name: 'an example with a field the schema does not list',
    mutate: (s) => s.write(PROBE, probeEvent({ examples: "[{ thing: { a: 'x', extra: 1 } }]" })),
    expect: [inProbe('thing.extra', 'examples[0]: is not a field of the schema')],
  },
  {
    name: 'an example of the wrong type',
    mutate: (s) => s.write(PROBE, probeEvent({ examples: '[{ thing: { a: 1 } }]' })),
    expect: [inProbe('thing.a', 'examples[0]: Expected string, received number')],
  },

  // 2. Names that become paths, URLs, anchors and MDX.
  {
    name: 'a signal that climbs out of the repository',
    mutate: (s) => s.write(PROBE, probeEvent({ signal: '../../ESCAPED' })),
    expect: [`${PROBE}: field signal: "../../ESCAPED" is not a valid signal name`],
  },
  {
    name: 'a signal with MDX in it',
    mutate: (s) => s.write(PROBE, probeEvent({ signal: 'PROBE_{6*7}' })),
    expect: [`${PROBE}: field signal: "PROBE_{6*7}" is not a valid signal name`],
  },
  {
    name: 'an empty signal',
    mutate: (s) => s.write(PROBE, probeEvent({ signal: '' })),
    expect: [`${PROBE}: field signal: "" is not a valid signal name`],
  },
  {
    name: 'a lower-case signal',
    mutate: (s) => s.write(PROBE, probeEvent({ signal: 'probe_event' })),
    expect: [`${PROBE}: field signal: "probe_event" is not a valid signal name`],
  },
  {
    name: 'two signals with one page slug',
    mutate: (s) => s.write(PROBE, probeEvent({ signal: SIGNAL })),
    expect: [`field signal: duplicate signal "${SIGNAL}", already defined in`, EVENT, PROBE],
  },
  {
    name: 'a duplicate event type',
    mutate: (s) => s.write(PROBE, probeEvent({ eventType: 'org.openedx.content_authoring.course.catalog_info.changed.v1' })),
    expect: [inProbe('eventType', 'duplicate eventType')],
  },
  {
    name: 'an event type with a slash, under an event-type-pattern exception',
    mutate: (s) => s.write(PROBE, probeEvent({ eventType: 'org.openedx/../../probe.v1', exceptions: patternException })),
    expect: [inProbe('eventType', '"org.openedx/../../probe.v1" is not a valid eventType name')],
  },
  {
    name: 'an event type with upper case and a space, under an exception',
    mutate: (s) => s.write(PROBE, probeEvent({ eventType: 'org.openedx.Probe thing.v1', exceptions: patternException })),
    expect: [inProbe('eventType', '"org.openedx.Probe thing.v1" is not a valid eventType name')],
  },
  {
    name: 'an event type with an empty segment',
    mutate: (s) => s.write(PROBE, probeEvent({ eventType: 'org..openedx.probe.happened.v1', exceptions: patternException })),
    expect: [inProbe('eventType', '"org..openedx.probe.happened.v1" is not a valid eventType name')],
  },
  {
    name: 'an event type that breaks the pattern, without exception',
    mutate: (s) => s.write(PROBE, probeEvent({ eventType: 'org.openedx.probe.v1' })),
    expect: [inProbe('eventType', '"org.openedx.probe.v1" breaks the pattern')],
  },
  {
    name: 'a field named <script>',
    mutate: (s) => s.write(PROBE, probeEvent({ data: "{ thing: z.object({ '<script>': z.string().describe('A.') }).describe('T.') }" })),
    expect: [inProbe('thing.<script>', '"<script>" is not a valid field name')],
  },
  {
    name: 'a field name with a space',
    mutate: (s) => s.write(PROBE, probeEvent({ data: "{ thing: z.object({ 'has space': z.string().describe('A.') }).describe('T.') }" })),
    expect: [inProbe('thing.has space', '"has space" is not a valid field name')],
  },
  {
    name: 'a field name in unicode',
    mutate: (s) => s.write(PROBE, probeEvent({ data: "{ thing: z.object({ 'naïve': z.string().describe('A.') }).describe('T.') }" })),
    expect: [inProbe('thing.naïve', '"naïve" is not a valid field name')],
  },
  {
    name: 'an empty field name',
    mutate: (s) => s.write(PROBE, probeEvent({ data: "{ thing: z.object({ '': z.string().describe('A.') }).describe('T.') }" })),
    expect: [inProbe('thing.', '"" is not a valid field name')],
  },
  {
    name: 'a field name with #',
    mutate: (s) => s.write(PROBE, probeEvent({ data: "{ thing: z.object({ 'a#b': z.string().describe('A.') }).describe('T.') }" })),
    expect: [inProbe('thing.a#b', '"a#b" is not a valid field name')],
  },
  {
    name: 'a field a.b beside a nested a -> b',
    mutate: (s) =>
      s.write(
        PROBE,
        probeEvent({
          data: "{ thing: z.object({ 'a.b': z.string().describe('A.'), a: z.object({ b: z.string().describe('B.') }).describe('A.') }).describe('T.') }",
        }),
      ),
    expect: [inProbe('thing.a.b', '"a.b" is not a valid field name')],
  },
  {
    name: 'a data key with a dash',
    mutate: (s) => s.write(PROBE, probeEvent({ data: "{ 'the-thing': z.string().describe('A.') }", examples: "[{ 'the-thing': 'x' }]" })),
    expect: [inProbe('the-thing', 'data key: "the-thing" is not a valid field name')],
  },
  {
    name: 'a data class name with a space',
    mutate: (s) =>
      s.write(
        PROBE,
        probeEvent({
          data: "{ thing: dataClass({ name: 'Bad Name', module: 'probe', description: 'D.' }, z.object({ a: z.string().describe('A.') })) }",
        }),
      ),
    expect: [inProbe('thing', 'data class: "Bad Name" is not a valid dataClass name')],
  },
  {
    name: 'a data class module that climbs out',
    mutate: (s) =>
      s.write(
        PROBE,
        probeEvent({
          data: "{ thing: dataClass({ name: 'Thing', module: '../x', description: 'D.' }, z.object({ a: z.string().describe('A.') })) }",
        }),
      ),
    expect: [inProbe('thing', 'data class: "../x" is not a valid module name')],
  },
  {
    name: 'two data classes of one name in one event',
    mutate: (s) =>
      s.write(
        PROBE,
        probeEvent({
          preamble:
            "const One = dataClass({ name: 'Thing', module: 'probe', description: 'D.' }, z.object({ a: z.string().describe('A.') }));\n" +
            "const Two = dataClass({ name: 'Thing', module: 'probe', description: 'D.' }, z.object({ b: z.string().describe('B.') }));\n",
          data: '{ one: One, two: Two }',
          examples: "[{ one: { a: 'x' }, two: { b: 'y' } }]",
        }),
      ),
    expect: [inProbe('two', 'a second data class named Thing (the first is at one)')],
  },

  // 3. zod types with no JSON or Avro form, whatever exception the event declares.
  ...[
    'z.function()',
    'z.symbol()',
    'z.map(z.string(), z.string())',
    'z.set(z.string())',
    'z.date()',
    'z.bigint()',
    'z.never()',
    'z.promise(z.string())',
    'z.undefined()',
    'z.void()',
    'z.nan()',
  ].map((type): Row => ({
    name: `a field of type ${type}`,
    mutate: (s) => s.write(PROBE, probeField(type, '{ thing: {} }')),
    expect: [inProbe('thing.a', `the zod type Zod`), 'has no JSON Schema or Avro form'],
  })),
  {
    name: 'a field with a transform',
    mutate: (s) => s.write(PROBE, probeField('z.string().transform((v) => v.length)')),
    expect: [inProbe('thing.a', 'the zod type ZodEffects has no JSON Schema or Avro form')],
  },
  {
    name: 'a field with a refinement',
    mutate: (s) => s.write(PROBE, probeField("z.string().refine((v) => v !== '')")),
    expect: [inProbe('thing.a', 'the zod type ZodEffects has no JSON Schema or Avro form')],
  },
  {
    name: 'a record with number keys',
    mutate: (s) => s.write(PROBE, probeField('z.record(z.number(), z.string())', '{ thing: { a: {} } }')),
    expect: [inProbe('thing.a', 'a record must have string keys')],
  },

  // 9. Dates.
  {
    name: 'a history release upstream never tagged',
    mutate: (s) => s.replace(DATA, "release: '0.14.0'", "release: '0.13.5'"),
    expect: [
      `${DATA}: field CourseCatalogData.history[2].release: "0.13.5" is not an openedx-events release listed in src/events/releases.ts`,
    ],
  },
  {
    name: 'an ADR history date in the future',
    mutate: (s) => s.replace(ADR, '  - date: "2026-11-25"', '  - date: "2026-12-25"'),
    expect: [`${ADR}: field history[0].date: 2026-12-25 is in the future`],
  },
  {
    name: 'a history entry flagged compatible that breaks consumers',
    mutate: (s) =>
      s.replace(
        DATA,
        "breaking: true,\n        removed: ['short_description'],",
        "breaking: false,\n        removed: ['short_description'],",
      ),
    expect: [
      `${DATA}: event ${SIGNAL}: field CourseCatalogData.history[2].breaking: is false, but for ${SIGNAL} the rules find a breaking change`,
    ],
  },

  // 1. ADRs: front matter and body.
  {
    name: 'ADR front matter that is not YAML',
    mutate: (s) => s.replace(ADR, 'status: Accepted\n', 'status: [Accepted\n'),
    expect: [`${ADR}:`, 'field (front matter): not valid YAML'],
  },
  {
    name: 'an ADR saved as .md',
    mutate: (s) => s.rename(ADR, ADR.replace(/\.mdx$/, '.md')),
    expect: [`${ADR.replace(/\.mdx$/, '.md')}: ADRs are MDX files`],
  },
  {
    name: 'two headings with one id in an ADR',
    mutate: (s) => adrBody(s, '## Decision \\{#decision}\n'),
    expect: [`${ADR}:`, 'heading id "decision" is already used by the heading on line'],
  },
  {
    name: 'a raw <script> in an ADR',
    mutate: (s) => adrBody(s, '<script>alert(1)</script>'),
    expect: [`${ADR}:${ADR_LINE}: raw <script> in the ADR`],
  },
  {
    name: 'a raw <iframe> in an ADR',
    mutate: (s) => adrBody(s, '<iframe src="https://example.org"></iframe>'),
    expect: [`${ADR}:${ADR_LINE}: raw <iframe> in the ADR`],
  },
  {
    name: 'an onclick= handler in an ADR',
    mutate: (s) => adrBody(s, '<div onclick="alert(1)">x</div>'),
    expect: [`${ADR}:${ADR_LINE}: an on*= event handler attribute`],
  },
  {
    name: 'an ADR slug that climbs out',
    mutate: (s) => s.replace(ADR, 'slug: /site/0001-zod', 'slug: /site/../0001-zod'),
    expect: [`${ADR}: field slug: "/site/../0001-zod-definitions-are-the-source-of-truth" is not a valid adrSlug name`],
  },
  {
    name: 'an ADR status that does not exist',
    mutate: (s) => s.replace(ADR, 'status: Accepted', 'status: Maybe'),
    expect: [`${ADR}: field status: Invalid enum value`],
  },
  {
    name: 'an ADR citing an event that does not exist',
    mutate: (s) => s.replace(ADR, 'related_events: []', 'related_events: [NO_SUCH_EVENT]'),
    expect: [`${ADR}: event NO_SUCH_EVENT: field related_events[0]: names an unknown event`],
  },

  // 6. Files that are not the generator's, the lock, faults, an interrupted release.
  {
    name: 'a hand-written file in a generated folder',
    mutate: (s) => s.write('docs/events/my-notes.md', '# mine\n'),
    expect: ['were not written by the generator', '  docs/events/my-notes.md'],
  },
  {
    name: 'a second run while a live process holds the lock',
    mutate: (s) => s.write('.tmp/generate.lock', `${process.pid}\n`),
    expect: [`another generate or release run (PID ${process.pid}) is writing the generated files`],
  },
  {
    name: 'a lock left by a dead process is taken over',
    mutate: (s) => s.write('.tmp/generate.lock', '999999999\n'),
    status: 0,
    expect: ['generate: '],
  },
  {
    name: 'a lock file holding no PID is taken over',
    mutate: (s) => s.write('.tmp/generate.lock', 'garbage\n'),
    status: 0,
    expect: ['generate: '],
  },
  {
    name: 'a full disk while staging',
    mutate: (s) => s.replace(EVENT, 'without a batch sync.', 'without a batch sync, ever.'),
    env: { EVENTS_FAIL_AT: 'switch:1:ENOSPC' },
    expect: ['.tmp/generate-stage/', ': no space left on the device (ENOSPC'],
  },
  {
    name: 'a permission error while staging',
    mutate: (s) => s.replace(EVENT, 'without a batch sync.', 'without a batch sync, ever.'),
    env: { EVENTS_FAIL_AT: 'switch:2:EPERM' },
    expect: ['.tmp/generate-stage/', ': operation not permitted (EPERM'],
  },
  {
    name: 'a corrupt journal',
    mutate: (s) => s.write('.tmp/generate-journal.json', '{ not json'),
    expect: ['.tmp/generate-journal.json: '],
  },
  {
    name: 'an interrupted release',
    mutate: (s) => s.write('.tmp/release-journal.json', JSON.stringify({ version: '12.0.0', saved: {} })),
    expect: ['release 12.0.0 was interrupted: run `npm run release -- 12.0.0` to make it again, or `npm run release -- --abort`'],
  },

  // 8. Every command: one line per problem, the stack trace only with --debug.
  {
    name: 'check:compat on a malformed definition',
    mutate: (s) => insertKey(s, '  breakng: true,'),
    script: 'check-compat',
    expect: [inEvent('breakng', 'is not a key')],
  },
  {
    name: 'diff against a ref that does not exist',
    mutate: () => undefined,
    script: 'diff',
    args: ['no-such-ref'],
    expect: ['"no-such-ref" is neither a release of this site nor a git ref'],
  },
  {
    name: 'release on a malformed definition',
    mutate: (s) => insertKey(s, '  breakng: true,'),
    script: 'release',
    args: ['12.0.0'],
    expect: [inEvent('breakng', 'is not a key')],
  },
  {
    name: 'release --abort with nothing to abort',
    mutate: () => undefined,
    script: 'release',
    args: ['--abort'],
    expect: ['no interrupted release to abort'],
  },
  {
    name: 'an unexpected error prints one line, and its stack only with --debug',
    mutate: (s) => s.write('.tmp/generate-journal.json', '{ not json'),
    args: ['--debug'],
    expect: ['.tmp/generate-journal.json'],
    stackTrace: true,
  },
];

/** Files the catalogue's runs could leave where they should not be: temp files in the output folders, files above the site. */
function strayFiles(dir: string): string[] {
  const inOutputs = [...snapshot(dir, [...GENERATED_DIRS]).keys()].filter((f) => /\.(tmp|part)$|\/\.[^/]*$/.test(f));
  const above = fs.readdirSync(path.dirname(dir)).filter((f) => /escaped/i.test(f));
  return [...inOutputs, ...above];
}

describe('bad inputs and faults: refused with one clear line, outputs untouched', () => {
  let dir: string;
  let site: SiteEdits;
  let good: Map<string, string>;
  before(() => {
    dir = makeTempSite();
    site = new SiteEdits(dir);
    const first = runScriptWith(dir, { EVENTS_TODAY: TODAY }, 'generate');
    assert.equal(first.status, 0, first.stderr);
    good = snapshot(dir, [...GENERATED_DIRS]);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('the catalogue has at least 60 rows', () => {
    assert.ok(ROWS.length >= 60, `${ROWS.length} rows`);
  });

  it('the probe event used by the rows is valid as written', () => {
    site.write(PROBE, probeEvent());
    const result = runScriptWith(dir, { EVENTS_TODAY: TODAY }, 'generate', '--check');
    site.restore();
    // Valid, so the only complaint is that its pages are not generated yet.
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stderr, /generated file\(s\) are stale/);
    assert.match(result.stderr, /probe-event/);
  });

  for (const row of ROWS) {
    it(row.name, () => {
      try {
        row.mutate(site);
        const result = runScriptWith(dir, { EVENTS_TODAY: TODAY, ...row.env }, row.script ?? 'generate', ...(row.args ?? []));
        const output = `${result.stderr}${result.stdout}`;
        assert.equal(result.status, row.status ?? 1, output);
        for (const text of row.expect) assert.ok(output.includes(text), `expected ${JSON.stringify(text)} in:\n${output}`);
        if (row.stackTrace) assert.match(output, STACK_FRAME, 'with --debug, the stack trace');
        else assert.doesNotMatch(output, STACK_FRAME, 'no stack trace');
        // A file the row itself put in a generated folder is not the generator's to compare.
        const touched = site.touched();
        const outputs = new Map([...snapshot(dir, [...GENERATED_DIRS])].filter(([file]) => !touched.has(file)));
        assert.deepEqual(outputs, good, 'the generated files are the last good ones');
        assert.deepEqual(strayFiles(dir), []);
      } finally {
        site.restore();
        // A row that failed by writing must not fail the rows after it.
        putBack(dir, good);
      }
    });
  }

  it('a failed build leaves the last good build/ in place', () => {
    const lastGood = path.join(dir, 'build/index.html');
    fs.mkdirSync(path.dirname(lastGood), { recursive: true });
    fs.writeFileSync(lastGood, 'the last good build');
    try {
      site.replace('docusaurus.config.ts', 'export default config;', "throw new Error('a broken config');\nexport default config;");
      const result = runScriptWith(dir, {}, 'build');
      assert.equal(result.status, 1);
      assert.match(result.stderr, /docusaurus build failed \(exit 1\); the last good build\/ is left in place\n$/);
      assert.equal(fs.readFileSync(lastGood, 'utf8'), 'the last good build');
      assert.ok(!fs.existsSync(path.join(dir, '.tmp/build-next')), 'the failed build is cleared');
    } finally {
      site.restore();
      fs.rmSync(path.join(dir, 'build'), { recursive: true, force: true });
    }
  });

  it('no write lands outside the generated folders, whatever the names checks let through', () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'events-outside-'));
    fs.symlinkSync(outside, path.join(dir, 'docs/events/linked'), 'dir');
    try {
      for (const [file, why] of [
        ['../escaped.json', 'outside the generated folders'],
        ['docs/events/../../package.json', 'outside the generated folders'],
        ['src/events/x.event.ts', 'outside the generated folders'],
        ['static/schemas/11.2.0/x.json', 'into a frozen release'],
        ['docs/events/linked/x.mdx', 'through the symbolic link docs/events/linked'],
      ]) {
        assert.throws(
          () => assertConfined(dir, file),
          (error: unknown) => error instanceof Error && error.message.startsWith(`${JSON.stringify(file)}: refused to write ${why}`),
          file,
        );
      }
      assertConfined(dir, 'docs/events/content_authoring/x.mdx');
    } finally {
      fs.rmSync(path.join(dir, 'docs/events/linked'));
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('a published file that Ajv or avsc refuses is named before anything is written', () => {
    const outputs = new Map([
      ['static/schemas/next/bad.json', JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', type: 'strnig' })],
      [
        'static/schemas/next/unknown-keyword.json',
        JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', type: 'string', colour: 'red' }),
      ],
      [
        'static/schemas/next/bad-example.json',
        JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', type: 'string', examples: [1] }),
      ],
      ['static/schemas/next/avro/bad.avsc', JSON.stringify({ name: 'has space', type: 'record', fields: [] })],
      ['static/schemas/index.json', JSON.stringify({ latest: null })],
    ]);
    assert.throws(
      () => validateOutputs(outputs),
      (error: unknown) => {
        assert.ok(error instanceof SourceProblems);
        assert.deepEqual(
          error.problems.map((p) => p.file),
          [
            'static/schemas/next/bad.json',
            'static/schemas/next/unknown-keyword.json',
            'static/schemas/next/bad-example.json',
            'static/schemas/next/avro/bad.avsc',
          ],
        );
        return true;
      },
    );
  });
});

/** `generate` in `dir`, without waiting: two of them run at once. */
function runGenerateAsync(dir: string): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/generate.ts'], {
      cwd: dir,
      env: { ...process.env, EVENTS_TODAY: TODAY },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

/** Every generated file and versions file, for old-set/new-set comparisons of a release. */
function releaseState(dir: string): Map<string, string> {
  const state = snapshot(dir, [...GENERATED_DIRS, 'versioned_docs', 'versioned_sidebars', 'adr_versioned_docs', 'adr_versioned_sidebars']);
  for (const file of ['versions.json', 'adr_versions.json']) state.set(file, fs.readFileSync(path.join(dir, file), 'utf8'));
  return state;
}

/** Puts a snapshot of the generated folders back on disk, as it was. */
function putBack(dir: string, state: Map<string, string>): void {
  for (const file of snapshot(dir, [...GENERATED_DIRS]).keys()) if (!state.has(file)) fs.rmSync(path.join(dir, file));
  for (const [file, content] of state) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), content, 'latin1');
  }
}

describe('kills: the old set or the new set, never torn', () => {
  let dir: string;
  before(() => {
    dir = makeTempSite();
    // The releases these tests cut, listed as upstream releases (a release must be listed before it is cut).
    const releases = path.join(dir, 'src/events/releases.ts');
    const listed = "  ['11.2.0', '2026-04-22'],\n";
    const text = fs.readFileSync(releases, 'utf8');
    assert.ok(text.includes(listed));
    fs.writeFileSync(
      releases,
      text.replace(listed, `${listed}  ['12.0.0', '2026-11-01'],\n  ['12.1.0', '2026-11-10'],\n  ['12.2.0', '2026-11-20'],\n`),
    );
    assert.equal(runScriptWith(dir, { EVENTS_TODAY: TODAY }, 'generate').status, 0);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('generate killed at each of its points, then run again', () => {
    const site = new SiteEdits(dir);
    try {
      // The old set has a page an earlier run wrote (the ledger lists it), so that the switch both writes and removes.
      const ledger = JSON.parse(site.read(OUTPUTS_LEDGER)) as string[];
      const oldSet = new Map(snapshot(dir, [...GENERATED_DIRS]));
      oldSet.set('docs/events/removed-event.mdx', '# a page of an event since removed\n');
      oldSet.set(OUTPUTS_LEDGER, `${JSON.stringify([...ledger, 'docs/events/removed-event.mdx'].sort(), null, 2)}\n`);
      // A history summary: a few files change (the event's page data, the changelog and its feed), so there are few points.
      site.replace(DATA, 'The short description was dropped:', 'The short description was dropped, for good:');
      putBack(dir, oldSet);
      const done = runScriptWith(dir, { EVENTS_TODAY: TODAY }, 'generate');
      assert.equal(done.status, 0, done.stderr);
      const newSet = snapshot(dir, [...GENERATED_DIRS]);
      assert.ok(!newSet.has('docs/events/removed-event.mdx'), 'the switch removes a file');
      let points = 0;
      for (let n = 1; ; n++) {
        putBack(dir, oldSet);
        const run = runScriptWith(dir, { EVENTS_TODAY: TODAY, EVENTS_KILL_AT: `switch:${n}` }, 'generate');
        if (run.signal === null) {
          assert.equal(run.status, 0, run.stderr);
          break;
        }
        points = n;
        assert.equal(run.signal, 'SIGKILL');
        // Without a journal, the run was killed before the switch began or after it ended; with one, the next run completes it.
        if (!fs.existsSync(path.join(dir, '.tmp/generate-journal.json'))) {
          const now = snapshot(dir, [...GENERATED_DIRS]);
          assert.ok(
            isDeepStrictEqual(now, oldSet) || isDeepStrictEqual(now, newSet),
            `killed at point ${n} with no journal: the old set or the new set`,
          );
        }
        assert.deepEqual(strayFiles(dir), [], `killed at point ${n}: no temp file in the output folders`);
        const again = runScriptWith(dir, { EVENTS_TODAY: TODAY }, 'generate');
        assert.equal(again.status, 0, again.stderr);
        assert.deepEqual(snapshot(dir, [...GENERATED_DIRS]), newSet, `killed at point ${n}, then run again: the new set`);
        assert.deepEqual(fs.readdirSync(path.join(dir, '.tmp')), [], `killed at point ${n}: .tmp/ emptied`);
      }
      assert.ok(points >= 5, `expected the switch to have several points, found ${points}`);
    } finally {
      site.restore();
      assert.equal(runScriptWith(dir, { EVENTS_TODAY: TODAY }, 'generate').status, 0);
    }
  });

  it('a permission error half-way through the switch is one line, and the next run completes it', () => {
    const site = new SiteEdits(dir);
    try {
      const oldSet = snapshot(dir, [...GENERATED_DIRS]);
      site.replace(EVENT, 'without a batch sync.', 'without a batch sync, ever.');
      const count = runScriptWith(dir, { EVENTS_TODAY: TODAY }, 'generate');
      assert.equal(count.status, 0, count.stderr);
      const newSet = snapshot(dir, [...GENERATED_DIRS]);
      // Points: one per staged file, two for the journal, then one per rename: fail after the second rename.
      const staged = [...newSet].filter(([file, content]) => oldSet.get(file) !== content).length;
      assert.ok(staged >= 2, `${staged} files change`);
      putBack(dir, oldSet);
      const failed = runScriptWith(dir, { EVENTS_TODAY: TODAY, EVENTS_FAIL_AT: `switch:${staged + 4}:EPERM` }, 'generate');
      assert.equal(failed.status, 1);
      assert.match(
        failed.stderr,
        /^\S+: EPERM while switching the generated files; fix the cause and run `npm run generate` again to complete the switch\n$/,
      );
      const again = runScriptWith(dir, { EVENTS_TODAY: TODAY }, 'generate');
      assert.equal(again.status, 0, again.stderr);
      assert.deepEqual(snapshot(dir, [...GENERATED_DIRS]), newSet);
    } finally {
      site.restore();
      assert.equal(runScriptWith(dir, { EVENTS_TODAY: TODAY }, 'generate').status, 0);
    }
  });

  it('two generate runs at once: one writes, the other waits its turn or says who holds the lock', async () => {
    const site = new SiteEdits(dir);
    try {
      site.replace(DATA, 'The short description was dropped:', 'The short description was dropped at once:');
      for (let attempt = 0; attempt < 3; attempt++) {
        const runs = await Promise.all([0, 1].map(() => runGenerateAsync(dir)));
        for (const run of runs) {
          if (run.status !== 0)
            assert.match(run.stderr, /^another generate or release run \(PID \d+\) is writing the generated files; wait for it to end/);
          assert.doesNotMatch(run.stderr, STACK_FRAME);
        }
        assert.ok(
          runs.some((run) => run.status === 0),
          'one of the two runs wrote',
        );
        const check = runScriptWith(dir, { EVENTS_TODAY: TODAY }, 'generate', '--check');
        assert.equal(check.status, 0, check.stderr);
        assert.deepEqual(strayFiles(dir), []);
      }
    } finally {
      site.restore();
      assert.equal(runScriptWith(dir, { EVENTS_TODAY: TODAY }, 'generate').status, 0);
    }
  });

  it('release killed at each of its steps: --abort restores the old set', () => {
    const oldState = releaseState(dir);
    let points = 0;
    for (let n = 1; ; n++) {
      const run = runScriptWith(dir, { EVENTS_TODAY: TODAY, EVENTS_KILL_AT: `release:${n}` }, 'release', '12.0.0');
      if (run.signal === null) {
        assert.equal(run.status, 0, run.stderr);
        break;
      }
      points = n;
      const blocked = runScriptWith(dir, { EVENTS_TODAY: TODAY }, 'generate');
      assert.equal(blocked.status, 1, `killed at step ${n}: generate must not run on a half-made release`);
      assert.match(blocked.stderr, /release 12\.0\.0 was interrupted/);
      const abort = runScriptWith(dir, { EVENTS_TODAY: TODAY }, 'release', '--abort');
      assert.equal(abort.status, 0, abort.stderr);
      assert.deepEqual(releaseState(dir), oldState, `killed at step ${n}, then aborted: the old set`);
      assert.deepEqual(fs.readdirSync(path.join(dir, '.tmp')), [], `killed at step ${n}: nothing left in .tmp/`);
    }
    assert.ok(points >= 5, `expected several release steps, found ${points}`);
    assert.deepEqual(JSON.parse(fs.readFileSync(path.join(dir, 'versions.json'), 'utf8')), ['12.0.0', '11.2.0', ...NAMED_VERSIONS]);
  });

  it('release killed half-way is made by running it again', () => {
    const killed = runScriptWith(dir, { EVENTS_TODAY: TODAY, EVENTS_KILL_AT: 'release:4' }, 'release', '12.1.0');
    assert.equal(killed.signal, 'SIGKILL');
    const other = runScriptWith(dir, { EVENTS_TODAY: TODAY }, 'release', '12.2.0');
    assert.equal(other.status, 1);
    assert.match(other.stderr, /release 12\.1\.0 was interrupted/);
    const rerun = runScriptWith(dir, { EVENTS_TODAY: TODAY }, 'release', '12.1.0');
    assert.equal(rerun.status, 0, rerun.stderr);
    const cut = ['12.1.0', '12.0.0', '11.2.0'];
    assert.deepEqual(JSON.parse(fs.readFileSync(path.join(dir, 'versions.json'), 'utf8')), [...cut, ...NAMED_VERSIONS]);
    assert.deepEqual(JSON.parse(fs.readFileSync(path.join(dir, 'adr_versions.json'), 'utf8')), cut);
    assert.deepEqual(fs.readdirSync(path.join(dir, '.tmp')), []);
    assert.equal(runScriptWith(dir, { EVENTS_TODAY: TODAY }, 'generate', '--check').status, 0);
  });
});
