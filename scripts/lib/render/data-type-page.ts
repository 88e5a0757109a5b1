/** One page per data class: its fields and the events that carry it. */
import { DATA_TYPES_DOC_SLUG, dataTypePagePath, dataTypeSlug, eventPagePath } from '../../../src/site';
import type { Catalog } from '../catalog';
import { fieldRows, fieldTree } from '../field-model';
import { GENERATED_NOTE, toJsonSchema } from '../json-schema';
import { jsonText, type Outputs } from '../outputs';
import { escapeMdxText, relativeUrl } from './mdx';

export function dataTypeOutputs({ types, names }: Catalog): Outputs {
  const outputs: Outputs = new Map();
  for (const type of types) {
    const slug = dataTypeSlug(type.info.module, type.info.name);
    const label =
      type.info.module === 'content_authoring' || type.info.module === 'learning'
        ? `${type.info.name} (${type.info.module})`
        : type.info.name;
    const fields = fieldRows(fieldTree(toJsonSchema(type.schema, names)));
    const page = dataTypePagePath(type.info.module, type.info.name);
    const usedBy = type.signals.map((s) => `- [${s}](${relativeUrl(page, eventPagePath(s))})`).join('\n');
    outputs.set(`docs/events/data-types/${slug}.data.json`, jsonText(fields));
    outputs.set(
      `docs/events/data-types/${slug}.mdx`,
      `---
title: ${JSON.stringify(type.info.name)}
sidebar_label: ${JSON.stringify(label)}
slug: ${JSON.stringify(`${DATA_TYPES_DOC_SLUG}/${slug}`)}
description: ${JSON.stringify(type.info.description)}
---

{/* ${GENERATED_NOTE} */}

import fields from './${slug}.data.json';

${escapeMdxText(type.info.description.trimStart())} Declared in the \`${type.info.module}\` domain.

## Used by \\{#used-by}

${usedBy}

## Fields \\{#fields}

<FieldTable fields={fields} />
`,
    );
  }
  return outputs;
}
