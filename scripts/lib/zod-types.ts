/**
 * The zod types an event may use: those with a JSON Schema and an Avro form.
 * zod-to-json-schema drops or mistypes the others (a function, a date, a
 * transform) without a word, so they are refused here, whatever exceptions
 * the event declares. The walk also checks every name it passes: field names,
 * and each data class's name and module (which become Avro record names, page
 * paths and anchors), and that one event never holds two different data
 * classes of one name (their Avro records would collide).
 */
import { z } from 'zod';
import { dataClassOf, type DataShape } from '../../src/events/model';
import { nameProblem } from './names';

/** zod's type names that map to JSON Schema and Avro; each entry says where its inner types are. */
const PUBLISHABLE: Record<string, (def: Record<string, unknown>) => Array<[string, unknown]>> = {
  ZodString: () => [],
  ZodNumber: () => [],
  ZodBoolean: () => [],
  ZodNull: () => [],
  ZodAny: () => [],
  ZodUnknown: () => [],
  ZodEnum: () => [],
  ZodNativeEnum: () => [],
  ZodLiteral: () => [],
  ZodOptional: (def) => [['', def.innerType]],
  ZodNullable: (def) => [['', def.innerType]],
  ZodDefault: (def) => [['', def.innerType]],
  ZodArray: (def) => [['[]', def.type]],
  ZodRecord: (def) => [['{}', def.valueType]],
  ZodUnion: (def) => (def.options as unknown[]).map((option): [string, unknown] => ['', option]),
  ZodDiscriminatedUnion: (def) => (def.options as unknown[]).map((option): [string, unknown] => ['', option]),
  ZodObject: (def) =>
    Object.entries((def.shape as () => Record<string, unknown>)()).map(([name, schema]): [string, unknown] => [`.${name}`, schema]),
};

export interface TypeProblem {
  field: string;
  message: string;
}

function typeNameOf(schema: unknown): string | undefined {
  if (!(schema instanceof z.ZodType)) return undefined;
  const def = schema._def as { typeName?: unknown };
  return typeof def.typeName === 'string' ? def.typeName : undefined;
}

/** Every zod type of an event's data without a JSON/Avro form, every bad name, every data class name used twice. */
export function dataTypeProblems(data: DataShape): TypeProblem[] {
  const problems: TypeProblem[] = [];
  const classes = new Map<string, { shape: unknown; field: string }>();

  const walk = (schema: unknown, field: string): void => {
    const typeName = typeNameOf(schema);
    const children = typeName === undefined ? undefined : PUBLISHABLE[typeName];
    if (!children) {
      // ZodEffects is what .transform(), .refine() and z.preprocess() make.
      const what = typeName ? `the zod type ${typeName}` : 'a value that is not a zod schema';
      problems.push({
        field,
        message: `${what} has no JSON Schema or Avro form: use strings, numbers, booleans, enums, objects, arrays and records`,
      });
      return;
    }
    const def = (schema as z.ZodTypeAny)._def as Record<string, unknown>;
    if (typeName === 'ZodRecord' && typeNameOf(def.keyType) !== 'ZodString') {
      problems.push({ field, message: 'a record must have string keys: JSON and Avro maps have no other' });
    }
    const info = dataClassOf(schema as z.ZodTypeAny);
    if (info) {
      for (const [kind, value] of [
        ['dataClass', info.name],
        ['module', info.module],
      ] as const) {
        const problem = nameProblem(kind, value);
        if (problem) problems.push({ field, message: `data class: ${problem}` });
      }
      const first = classes.get(info.name);
      if (first && first.shape !== def.shape) {
        problems.push({
          field,
          message: `a second data class named ${info.name} (the first is at ${first.field}): Avro record names would collide, rename one`,
        });
      } else if (!first) {
        classes.set(info.name, { shape: def.shape, field });
      }
    }
    for (const [step, child] of children(def)) {
      if (step.startsWith('.')) {
        const name = step.slice(1);
        const problem = nameProblem('field', name);
        if (problem) {
          problems.push({ field: `${field}.${name}`, message: problem });
          continue;
        }
      }
      walk(child, `${field}${step}`);
    }
  };

  for (const [key, schema] of Object.entries(data)) {
    const problem = nameProblem('field', key);
    if (problem) problems.push({ field: key, message: `data key: ${problem}` });
    else walk(schema, key);
  }
  return problems;
}
