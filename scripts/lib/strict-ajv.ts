/**
 * The one Ajv set-up that reads the published JSON Schemas: strict mode (an
 * unknown keyword or a contradiction in a schema is an error, not ignored),
 * every error reported, and the formats the schemas use (date-time, uuid).
 */
import Ajv, { type ErrorObject, type SchemaObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

function strictAjv(): Ajv {
  // Unoptimized code: these validators check a few examples each, and the optimizer's passes cost more
  // than they save (compiling the 77 schemas of a set: 585 ms optimized, 237 ms not). Strict mode is unchanged.
  const ajv = new Ajv({ strict: true, allErrors: true, code: { optimize: false } });
  addFormats(ajv);
  return ajv;
}

const validators = new Map<string, ValidateFunction>();

/**
 * The validator of a published JSON Schema, compiled once per content. The
 * document's own annotations (`$id`, `$comment`, `title`, `description`,
 * `examples`) change what it says, not what it accepts, so they are left out
 * of what is compiled: an event's Next schema and its latest-release alias,
 * and events that carry the same data (created / updated / deleted), share one
 * validator, and so do the checks and the last check before writing.
 * Compiling is most of what validating costs.
 */
export function publishedValidator(schema: SchemaObject): ValidateFunction {
  const { $id: _id, $comment: _comment, title: _title, description: _description, examples: _examples, ...rules } = schema;
  const key = JSON.stringify(rules);
  let validate = validators.get(key);
  if (!validate) {
    validate = strictAjv().compile(rules);
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
