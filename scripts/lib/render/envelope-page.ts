/** The envelope (event metadata): its JSON Schema and its page. */
import { ENVELOPE_EXAMPLE, EventEnvelope } from '../../../src/events/envelope';
import { envelopeSchemaPath, NEXT, SITE_URL } from '../../../src/site';
import { flattenFields } from '../fields';
import { GENERATED_NOTE, JSON_SCHEMA_DIALECT, toJsonSchema, type JsonSchema } from '../json-schema';
import { jsonText } from '../outputs';

export function envelopeJsonSchema(): JsonSchema {
  return {
    $schema: JSON_SCHEMA_DIALECT,
    $id: `${SITE_URL}${envelopeSchemaPath(NEXT)}`,
    $comment: GENERATED_NOTE,
    title: 'EventEnvelope',
    ...toJsonSchema(EventEnvelope),
    examples: [ENVELOPE_EXAMPLE],
  };
}

/** The envelope page and its field data; the schema file itself belongs to each schema set. */
export function envelopePageOutputs(schema: JsonSchema): Array<[string, string]> {
  const page = `---
title: Event envelope (metadata)
sidebar_label: Envelope (metadata)
slug: /events/envelope
description: The metadata every Open edX event carries besides its data.
sidebar_position: 1
---

{/* ${GENERATED_NOTE} Source: src/events/envelope.ts. */}

import fields from './envelope.data.json';

Every event carries metadata besides its data. The event bus sends it as message headers, each prefixed
with \`ce_\` as CloudEvents headers are (\`ce_id\`, \`ce_type\`...); receivers in the same process get it as
the signal's \`metadata\` argument. Its JSON Schema: <SchemaFileLink file="envelope.json" />.

## Fields \\{#fields}

<FieldTable fields={fields} />

## Example \\{#example}

\`\`\`json
${JSON.stringify(ENVELOPE_EXAMPLE, null, 2)}
\`\`\`
`;
  return [
    ['docs/events/envelope.data.json', jsonText(flattenFields(schema))],
    ['docs/events/envelope.mdx', page],
  ];
}
