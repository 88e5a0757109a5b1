/** The envelope (event metadata) page and its field data; the schema file itself belongs to each schema set. */
import { ENVELOPE_EXAMPLE } from '../../../src/events/envelope';
import { fieldRows, fieldTree } from '../field-model';
import { envelopeJsonSchema, GENERATED_NOTE } from '../json-schema';
import { jsonText, type Outputs } from '../outputs';

export function envelopePageOutputs(): Outputs {
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
  return new Map([
    ['docs/events/envelope.data.json', jsonText(fieldRows(fieldTree(envelopeJsonSchema())))],
    ['docs/events/envelope.mdx', page],
  ]);
}
