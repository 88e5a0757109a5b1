/**
 * The last check before anything is written: every published file must be
 * readable by the tools its consumers use. Each JSON Schema (a `.json` that
 * declares `$schema`) is compiled on its own by Ajv in strict mode, and each
 * of its `examples` validated against it; each Avro schema is parsed by avsc
 * (through the parser of scripts/lib/schema-changes.ts, which knows the one
 * upstream namespace avsc rejects). Nothing here assumes how the schemas are
 * laid out: a document that compiles and accepts its examples passes.
 */
import type { SchemaObject, ValidateFunction } from 'ajv';
import { avroRecordShape } from './avro';
import type { Outputs } from './outputs';
import { SourceProblems, type Problem } from './problems';
import { parseAvro } from './schema-changes';
import { ajvProblem, publishedValidator } from './strict-ajv';

const PUBLISHED_DIR = 'static/schemas/';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function jsonSchemaProblems(file: string, content: string): Problem[] {
  const doc = JSON.parse(content) as unknown;
  if (typeof doc !== 'object' || doc === null || !('$schema' in doc)) return [];
  let validate: ValidateFunction;
  try {
    validate = publishedValidator(doc as SchemaObject);
  } catch (error) {
    return [{ file, message: `Ajv (strict mode) cannot compile the published JSON Schema: ${messageOf(error)}` }];
  }
  const examples = (doc as { examples?: unknown }).examples;
  return (Array.isArray(examples) ? examples : []).flatMap((example, i) =>
    validate(example)
      ? []
      : (validate.errors ?? []).map((error) => {
          const { field, message } = ajvProblem(error);
          return { file, field, message: `examples[${i}] does not validate against the published schema: ${message}` };
        }),
  );
}

function avroProblems(file: string, content: string): Problem[] {
  try {
    parseAvro(avroRecordShape.parse(JSON.parse(content)));
    return [];
  } catch (error) {
    return [{ file, message: `avsc cannot parse the published Avro schema: ${messageOf(error)}` }];
  }
}

/** Throws SourceProblems naming every published file that Ajv or avsc refuses. */
export function validateOutputs(outputs: Outputs): void {
  const problems = [...outputs].flatMap(([file, content]) => {
    if (!file.startsWith(PUBLISHED_DIR)) return [];
    // Archives (bytes) are made from these same files, which are checked here.
    if (typeof content !== 'string') return [];
    if (file.endsWith('.json')) return jsonSchemaProblems(file, content);
    if (file.endsWith('.avsc')) return avroProblems(file, content);
    return [];
  });
  if (problems.length) throw new SourceProblems(problems);
}
