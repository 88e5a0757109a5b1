/** avsc as the tests use it on published Avro schemas. */
import assert from 'node:assert/strict';
import avro from 'avsc';
import { isValidAvroNamespace } from '../../scripts/lib/avro';

/**
 * avsc's type for a published schema. Upstream has one event type with a `-`
 * (`subsidy.redemption-reversed`), which Avro's naming rules reject: that must
 * be the only reason avsc refuses the schema, and the rest of it is tested
 * under a valid namespace.
 */
export function parsePublishedAvro(schema: { namespace: string }): avro.Type {
  if (isValidAvroNamespace(schema.namespace)) return avro.Type.forSchema(schema as avro.Schema);
  assert.throws(() => avro.Type.forSchema(schema as avro.Schema), /invalid.*name|namespace/i);
  return avro.Type.forSchema({ ...schema, namespace: schema.namespace.replace(/-/g, '_') } as avro.Schema);
}
