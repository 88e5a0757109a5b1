/**
 * What a TypeScript consumer does with a downloaded set: one module of types
 * for every event (json-schema-to-typescript), then `tsc --strict` over it and
 * a file that assigns each example payload to its event's type.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compile, type Options } from 'json-schema-to-typescript';
import ts from 'typescript';
import type { SchemaSet } from '../support/schema-sets';
import { ROOT } from '../support/temp-site';

/** The guide that gives consumers the json2ts command, which the tests run as written. */
const GUIDE = path.join(ROOT, 'docs', 'guides', 'schemas.mdx');
const JSON2TS = path.join(ROOT, 'node_modules', '.bin', 'json2ts');

/** The arguments of the guide's `npx json2ts …` command, split as a shell would (double quotes only). */
function guideJson2tsArgs(): string[] {
  const command = /^npx json2ts (.+)$/m.exec(fs.readFileSync(GUIDE, 'utf8'))?.[1];
  if (!command) throw new Error(`${path.relative(ROOT, GUIDE)} has no \`npx json2ts\` command`);
  return [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2]);
}

/** The value of `--name` in a command's arguments. */
function argument(args: string[], name: string): string {
  const i = args.indexOf(name);
  if (i < 0 || i + 1 >= args.length) throw new Error(`json2ts ${args.join(' ')}: no ${name}`);
  return args[i + 1];
}

/** The guide's command, run in a consumer's folder that holds the downloaded bundle.json. */
function bundleTypes(bundleFile: string): string {
  const args = guideJson2tsArgs();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'consumer-json2ts-'));
  try {
    fs.copyFileSync(bundleFile, path.join(dir, argument(args, '--input')));
    const run = spawnSync(JSON2TS, args, { cwd: dir, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`json2ts ${args.join(' ')} failed:\n${run.stderr}`);
    return fs.readFileSync(path.join(dir, argument(args, '--output')), 'utf8');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The guide's options, for a set with no bundle: no banner, and every definition as a named type. */
const OPTIONS: Partial<Options> = { bannerComment: '', unreachableDefinitions: true };

/** One module of types for the whole set: the guide's command on bundle.json, else every event's file compiled and concatenated. */
export async function generateTypes(set: SchemaSet): Promise<string> {
  if (set.bundleFile) return bundleTypes(set.bundleFile);
  const modules: string[] = [];
  for (const event of set.events) modules.push(await compile(event.schema, event.eventType, OPTIONS));
  return modules.join('\n');
}

/** The top-level type names a module declares, in order, repeated names included. */
export function declaredTypeNames(module: string): string[] {
  const source = ts.createSourceFile('types.ts', module, ts.ScriptTarget.ES2022);
  return source.statements.flatMap((statement) =>
    ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement) || ts.isEnumDeclaration(statement)
      ? [statement.name.text]
      : [],
  );
}

export interface NameReport {
  /** Top-level declarations. */
  declarations: number;
  /** Distinct type names. */
  types: number;
  /** Names declared more than once. */
  duplicates: string[];
  /** Names that are another declared name plus digits (`UserData1` next to `UserData`): json-schema-to-typescript's way out of a clash. */
  twins: string[];
}

export function nameReport(names: string[]): NameReport {
  const distinct = new Set(names);
  const duplicates = [...distinct].filter((name) => names.indexOf(name) !== names.lastIndexOf(name));
  const twins = [...distinct].filter((name) => {
    const base = /^(.*?)\d+$/.exec(name)?.[1];
    return base !== undefined && distinct.has(base);
  });
  return { declarations: names.length, types: distinct.size, duplicates, twins };
}

/** The TypeScript name of an event's type: its schema's title, which the generator turns into the type name. */
export function eventTypeName(title: string | undefined): string {
  if (!title || !/^[A-Za-z_$][\w$]*$/.test(title)) throw new Error(`event title ${String(title)} is not a type name`);
  return title;
}

/** A module that assigns every example of every event to the event's generated type. */
export function examplesModule(set: SchemaSet): { source: string; examples: number } {
  const lines = ["import type * as Events from './types';", ''];
  let examples = 0;
  for (const event of set.events) {
    const type = eventTypeName(event.schema.title);
    event.examples.forEach((example, i) => {
      lines.push(
        `// ${event.eventType} examples[${i}]`,
        `export const example${examples}: Events.${type} = ${JSON.stringify(example, null, 2)};`,
        '',
      );
      examples++;
    });
  }
  return { source: lines.join('\n'), examples };
}

export interface TypeCheck {
  /** Errors in the generated module itself. */
  typesErrors: string[];
  /** Errors in the examples module: examples not assignable to their type. */
  examplesErrors: string[];
}

function formatDiagnostic(diagnostic: ts.Diagnostic): string {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
  if (!diagnostic.file || diagnostic.start === undefined) return message;
  const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  return `${path.basename(diagnostic.file.fileName)}:${line + 1}: ${message}`;
}

/** `tsc --strict --noEmit` over the two modules, written to a temporary folder as a consumer's project would hold them. */
export function typeCheck(types: string, examples: string): TypeCheck {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'consumer-types-'));
  try {
    const typesFile = path.join(dir, 'types.ts');
    const examplesFile = path.join(dir, 'examples.ts');
    fs.writeFileSync(typesFile, types);
    fs.writeFileSync(examplesFile, examples);
    const program = ts.createProgram([typesFile, examplesFile], {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      types: [],
    });
    const diagnostics = ts.getPreEmitDiagnostics(program);
    const errorsIn = (file: string) =>
      diagnostics.filter((d) => d.file?.fileName === file || (!d.file && file === typesFile)).map(formatDiagnostic);
    return { typesErrors: errorsIn(typesFile), examplesErrors: errorsIn(examplesFile) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
