/**
 * The one Ajv set-up that reads the published JSON Schemas: strict mode (an
 * unknown keyword or a contradiction in a schema is an error, not ignored),
 * every error reported, and the formats the schemas use (date-time, uuid).
 */
import Ajv, { type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';

export function strictAjv(): Ajv {
  const ajv = new Ajv({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv;
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
