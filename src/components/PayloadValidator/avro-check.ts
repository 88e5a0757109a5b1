/**
 * Whether a value can be encoded with an Avro schema, by the rules avsc
 * applies (`Type#isValid` with an error hook; test/unit/payload-validator.test.ts
 * holds the two to the same verdicts and paths on every published schema):
 * records need each field without a default, unions are unwrapped
 * (`["null", "string"]` takes `null` or a string), a long is a safe integer.
 *
 * Why not avsc itself: its browser build needs Node's `util` module, which
 * the site's bundler does not provide; this covers the types the published
 * schemas use, in a few hundred bytes.
 */

export type AvroSchema = string | AvroSchema[] | AvroComplex;

interface AvroComplex {
  type: string | AvroSchema;
  name?: string;
  namespace?: string;
  fields?: Array<{ name: string; type: AvroSchema; default?: unknown }>;
  items?: AvroSchema;
  values?: AvroSchema;
  symbols?: string[];
}

export interface AvroProblem {
  /** Field names, item indices and map keys from the top, as avsc's error hook gives them. */
  path: string[];
  message: string;
}

/** Avro's rule for a name and for each part of a namespace. */
const AVRO_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

type Named = Map<string, AvroComplex>;

/** The names a strict parser (avsc, Java's Avro) refuses in the schema: a record's name or namespace. */
export function avroNameProblems(schema: AvroSchema): string[] {
  const problems: string[] = [];
  const visit = (s: AvroSchema) => {
    if (Array.isArray(s)) return s.forEach(visit);
    if (typeof s === 'string') return;
    for (const part of [...(s.name?.split('.') ?? []), ...(s.namespace?.split('.') ?? [])]) {
      if (!AVRO_NAME.test(part)) problems.push(`"${part}" in ${s.namespace ? `the namespace ${s.namespace}` : `the name ${s.name}`}`);
    }
    if (typeof s.type !== 'string') visit(s.type);
    for (const child of [...(s.fields?.map((f) => f.type) ?? []), s.items, s.values]) if (child !== undefined) visit(child);
  };
  visit(schema);
  return [...new Set(problems)];
}

/** Every named type of the schema by its full name and its short name, as references may use either. */
function namedTypes(schema: AvroSchema, namespace = '', named: Named = new Map()): Named {
  if (Array.isArray(schema)) schema.forEach((s) => namedTypes(s, namespace, named));
  else if (typeof schema !== 'string') {
    const ns = schema.namespace ?? namespace;
    if (schema.name) {
      const full = schema.name.includes('.') || !ns ? schema.name : `${ns}.${schema.name}`;
      named.set(full, schema);
      named.set(full.split('.').at(-1)!, schema);
    }
    if (typeof schema.type !== 'string') namedTypes(schema.type, ns, named);
    for (const child of [...(schema.fields?.map((f) => f.type) ?? []), schema.items, schema.values]) {
      if (child !== undefined) namedTypes(child, ns, named);
    }
  }
  return named;
}

/** The kind of a type: a primitive's name, or a complex type's `type`; references resolved. */
function resolve(schema: AvroSchema, named: Named): AvroSchema {
  if (typeof schema === 'string') return named.get(schema) ?? schema;
  if (!Array.isArray(schema) && typeof schema.type !== 'string') return resolve(schema.type, named);
  return schema;
}

function kindOf(schema: AvroSchema): string {
  if (typeof schema === 'string') return schema;
  if (Array.isArray(schema)) return 'union';
  return schema.type as string;
}

/** avsc's buckets: which branch of an unwrapped union a value goes to. */
function typeBucket(kind: string): string {
  if (['int', 'long', 'float', 'double'].includes(kind)) return 'number';
  if (kind === 'enum') return 'string';
  if (kind === 'map' || kind === 'record' || kind === 'error') return 'object';
  return kind;
}

function valueBucket(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

function label(schema: AvroSchema, named: Named): string {
  const type = resolve(schema, named);
  if (Array.isArray(type)) return type.map((t) => label(t, named)).join(' or ');
  const kind = kindOf(type);
  if (kind === 'record') return `an object (record ${(type as AvroComplex).name})`;
  if (kind === 'long' || kind === 'int') return `an integer (${kind})`;
  if (kind === 'float' || kind === 'double') return `a number (${kind})`;
  if (kind === 'map') return 'an object (map)';
  if (kind === 'enum') return `one of ${(type as AvroComplex).symbols!.join(', ')}`;
  return kind === 'array' ? 'an array' : kind === 'null' ? 'null' : `a ${kind}`;
}

const isSafeLong = (n: number) => Number.isInteger(n) && n >= -9007199254740990 && n <= 9007199254740990;
const isInt = (n: number) => Number.isInteger(n) && n >= -2147483648 && n <= 2147483647;

/** Each place where `value` cannot be encoded with `schema`; none when avsc would encode it. */
export function avroProblems(schema: AvroSchema, value: unknown): AvroProblem[] {
  const named = namedTypes(schema);
  const problems: AvroProblem[] = [];
  const fail = (path: string[], type: AvroSchema, found: unknown) =>
    problems.push({
      path,
      message:
        found === undefined ? `is missing; Avro needs ${label(type, named)} (the field has no default)` : `is not ${label(type, named)}`,
    });

  const check = (type0: AvroSchema, v: unknown, path: string[]): void => {
    const type = resolve(type0, named);
    const kind = kindOf(type);
    switch (kind) {
      case 'union': {
        const branch = (type as AvroSchema[]).find((t) => typeBucket(kindOf(resolve(t, named))) === valueBucket(v));
        if (branch === undefined) fail(path, type, v);
        else check(branch, v, path);
        return;
      }
      case 'null':
        if (v !== null) fail(path, type, v);
        return;
      case 'boolean':
      case 'string':
        if (typeof v !== kind) fail(path, type, v);
        return;
      case 'int':
      case 'long':
        if (typeof v !== 'number' || !(kind === 'int' ? isInt(v) : isSafeLong(v))) fail(path, type, v);
        return;
      case 'float':
      case 'double':
        if (typeof v !== 'number') fail(path, type, v);
        return;
      case 'enum':
        if (typeof v !== 'string' || !(type as AvroComplex).symbols!.includes(v)) fail(path, type, v);
        return;
      case 'array':
        if (!Array.isArray(v)) fail(path, type, v);
        else v.forEach((item, i) => check((type as AvroComplex).items!, item, [...path, `${i}`]));
        return;
      case 'map':
        if (!v || typeof v !== 'object' || Array.isArray(v)) fail(path, type, v);
        else for (const [key, item] of Object.entries(v)) check((type as AvroComplex).values!, item, [...path, key]);
        return;
      case 'record':
        // avsc takes any object (an array too) and reads the fields from it; a field with a default may be absent.
        if (v === null || typeof v !== 'object') fail(path, type, v);
        else {
          const fields = v as Record<string, unknown>;
          for (const field of (type as AvroComplex).fields!) {
            const fv = fields[field.name];
            if (fv === undefined && Object.hasOwn(field, 'default')) continue;
            check(field.type, fv, [...path, field.name]);
          }
        }
        return;
      default:
        throw new Error(`Avro type ${kind} is not checked here`);
    }
  };
  check(schema, value, []);
  return problems;
}
