/**
 * The payload validator's checks, loaded only when a payload is first
 * validated (a dynamic import: Ajv is not part of any page's first load).
 * A payload is the event's data, or a whole message: the envelope with the
 * data under `data`. The data is checked against the event's published JSON
 * Schema (Ajv, set up as scripts/lib/strict-ajv.ts sets it up for the
 * published schemas: strict, every error, the formats they use) and its Avro
 * schema (avsc), the envelope against the envelope's schema.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { type AvroSchema, avroProblems, type ParsedAvro, parseAvro } from './avro-check';
import { fieldPathOf, type SchemaNode } from './field-path';

/** The published files of one event in one schema set, as fetched from the site. */
export interface EventSchemas {
  eventType: string;
  data: SchemaNode & { $id?: string };
  envelope: SchemaNode & { $id?: string };
  /** Null when upstream cannot send the event over the bus. */
  avro: AvroSchema | null;
}

export interface Problem {
  /** The part of the payload: the event's data, or the envelope of a message. */
  part: 'data' | 'envelope';
  /** Where the value is, as a field path (`catalog_info.schedule_data.start`, `users[].name`); empty for the whole part. */
  path: string;
  /** The field whose anchor to link to: the path, or the nearest declared field above it. */
  anchor: string;
  message: string;
}

export type AvroVerdict = { encodable: true } | { encodable: false; problems: Problem[] } | { unavailable: true };

export type Verdict =
  | { read: 'not-json'; message: string }
  | { read: 'not-object' }
  | {
      read: 'data' | 'message';
      valid: boolean;
      problems: Problem[];
      avro: AvroVerdict;
      /** avsc's reason for refusing the Avro schema as published (upstream's invalid namespace), when it was read with valid names. */
      avroRefused: string | null;
    };

const ajv = new Ajv({ strict: true, allErrors: true });
addFormats(ajv);
/** One compiled validator per schema id: the same schema is fetched and compiled once per page. */
const compiled = new Map<string, ValidateFunction>();
/** One avsc type per Avro schema (each published file is fetched once per page, so one object). */
const avroTypes = new WeakMap<object, ParsedAvro>();

function avroTypeOf(schema: AvroSchema): ParsedAvro {
  const key = typeof schema === 'object' ? schema : { schema };
  let parsed = avroTypes.get(key);
  if (!parsed) {
    parsed = parseAvro(schema);
    avroTypes.set(key, parsed);
  }
  return parsed;
}

function validatorOf(schema: SchemaNode & { $id?: string }): ValidateFunction {
  const key = schema.$id ?? JSON.stringify(schema);
  let validate = compiled.get(key);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(key, validate);
  }
  return validate;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A whole message carries its data under `data`, beside the envelope's `event_type`. */
export function isMessage(payload: Record<string, unknown>): boolean {
  return isObject(payload.data) && typeof payload.event_type === 'string';
}

/**
 * Ajv's errors as one problem per place: the type errors of a nullable
 * field's variants read "must be string or null", and the errors that only
 * say a value matched no variant (`anyOf`), or was not null while a deeper
 * error says why, are left out.
 */
function problemsOf(errors: ErrorObject[], part: Problem['part'], root: SchemaNode): Problem[] {
  const byPlace = new Map<string, { segments: string[]; types: string[]; messages: string[] }>();
  for (const error of errors) {
    if (error.keyword === 'anyOf') continue;
    const segments = error.instancePath.split('/').slice(1).map(unescapePointer);
    const params = error.params as { missingProperty?: string; additionalProperty?: string; type?: string };
    let message = error.message ?? error.keyword;
    if (params.missingProperty !== undefined) {
      segments.push(params.missingProperty);
      message = 'is required but missing';
    } else if (params.additionalProperty !== undefined) {
      segments.push(params.additionalProperty);
      message = 'is not a field of the schema';
    }
    const key = segments.join('/');
    const place = byPlace.get(key) ?? { segments, types: [], messages: [] };
    if (error.keyword === 'type' && params.type) place.types.push(params.type);
    else if (!place.messages.includes(message)) place.messages.push(message);
    byPlace.set(key, place);
  }
  const keys = [...byPlace.keys()];
  const problems: Problem[] = [];
  for (const [key, place] of byPlace) {
    const deeper = keys.some((k) => k !== key && (key === '' || k.startsWith(`${key}/`)));
    // "must be null" beside an error inside the value: the value is of the right kind, and the inner error says what is wrong.
    const types = deeper || place.messages.length ? place.types.filter((t) => t !== 'null') : place.types;
    const messages = [...(types.length ? [`must be ${[...new Set(types)].join(' or ')}`] : []), ...place.messages];
    if (messages.length === 0) continue;
    const { path, anchor } = fieldPathOf(place.segments, root);
    problems.push({ part, path, anchor, message: messages.join('; ') });
  }
  return problems;
}

const unescapePointer = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~');

function checkData(data: unknown, schemas: EventSchemas): { problems: Problem[]; avro: AvroVerdict; avroRefused: string | null } {
  const validate = validatorOf(schemas.data);
  const problems = validate(data) ? [] : problemsOf(validate.errors ?? [], 'data', schemas.data);
  if (!schemas.avro) return { problems, avro: { unavailable: true }, avroRefused: null };
  const { type, refused } = avroTypeOf(schemas.avro);
  const avro = avroProblems(type, data).map((p): Problem => {
    const { path, anchor } = fieldPathOf(p.path, schemas.data);
    return { part: 'data', path, anchor, message: p.message };
  });
  return { problems, avro: avro.length ? { encodable: false, problems: avro } : { encodable: true }, avroRefused: refused };
}

function checkEnvelope(message: Record<string, unknown>, schemas: EventSchemas): Problem[] {
  const validate = validatorOf(schemas.envelope);
  const problems = validate(message) ? [] : problemsOf(validate.errors ?? [], 'envelope', schemas.envelope);
  if (typeof message.event_type === 'string' && message.event_type !== schemas.eventType) {
    problems.push({
      part: 'envelope',
      path: 'event_type',
      anchor: 'event_type',
      message: `is ${message.event_type}, not this event's type ${schemas.eventType}`,
    });
  }
  return problems;
}

/** The verdict on a pasted payload: where each problem is, and whether the data can be encoded as Avro. */
export function validatePayload(text: string, schemas: EventSchemas): Verdict {
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch (error) {
    return { read: 'not-json', message: error instanceof Error ? error.message : String(error) };
  }
  if (!isObject(payload)) return { read: 'not-object' };
  const message = isMessage(payload);
  const data = message ? payload.data : payload;
  const { problems, avro, avroRefused } = checkData(data, schemas);
  const all = message ? [...checkEnvelope(payload, schemas), ...problems] : problems;
  return {
    read: message ? 'message' : 'data',
    valid: all.length === 0,
    problems: all,
    avro,
    avroRefused,
  };
}
