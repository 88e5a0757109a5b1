/**
 * The one Ajv set-up that reads the published JSON Schemas: strict mode (an
 * unknown keyword or a contradiction in a schema is an error, not ignored),
 * every error reported, and the formats the schemas use (date-time, uuid).
 */
import Ajv, { type ErrorObject, type SchemaObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

function strictAjv(): Ajv {
  const ajv = new Ajv({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv;
}

const validators = new Map<string, ValidateFunction>();

/**
 * The validator of a published JSON Schema, compiled once per content: copies
 * that differ only by their `$id` (an event's Next schema and its latest-release
 * alias, for every event a release left unchanged; the checks and the last
 * check before writing) share one. Compiling is most of what validating costs.
 */
export function publishedValidator(schema: SchemaObject): ValidateFunction {
  const { $id: _id, ...content } = schema;
  const key = JSON.stringify(content);
  let validate = validators.get(key);
  if (!validate) {
    validate = strictAjv().compile(content);
    validators.set(key, validate);
  }
  return validate;
}

/** An Ajv error as a dotted field path (the one the field table and the messages use) and a message. */
export function ajvProblem(error: ErrorObject): { field: string; message: string } {
  const at = error.instancePath.split('/').slice(1).join('.');
  const extra = (error.params as { additionalProperty?: string }).additionalProperty;
  if (extra !== undefined) {
    return { field: at ? `${at}.${extra}` : extra, message: 'is not a field of the schema' };
  }
  return { field: at || '(root)', message: error.message ?? error.keyword };
}
