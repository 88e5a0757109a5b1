/** One page per data class: its fields and the events that carry it. */
import { dataTypePagePath, DOCS_ROUTE, eventPagePath } from '../../../src/site';
import type { DataType } from '../data-types';
import { flattenFields } from '../fields';
import { GENERATED_NOTE, toJsonSchema } from '../json-schema';
import { jsonText } from '../outputs';
import { escapeMdxText, relativeUrl } from './mdx';

function slugOf(type: DataType): string {
  return dataTypePagePath(type.info.module, type.info.name).slice(`/${DOCS_ROUTE}/events/data-types/`.length);
}

export function dataTypeOutputs(types: DataType[]): Array<[string, string]> {
  const outputs: Array<[string, string]> = [
    [
      'docs/events/data-types/_category_.json',
      jsonText({
        label: 'Data types',
        position: 3,
        collapsed: true,
        link: {
          type: 'generated-index',
          slug: '/events/data-types',
          title: 'Data types',
          description: 'The data classes that event payloads are made of, each with the events that carry it.',
        },
      }),
    ],
  ];
  for (const type of types) {
    const slug = slugOf(type);
    const label = type.info.module === 'content_authoring' || type.info.module === 'learning' ? `${type.info.name} (${type.info.module})` : type.info.name;
    const fields = flattenFields(toJsonSchema(type.schema));
    const page = dataTypePagePath(type.info.module, type.info.name);
    const events = type.signals.map((s) => `- [${s}](${relativeUrl(page, eventPagePath(s))})`).join('\n');
    outputs.push([`docs/events/data-types/${slug}.data.json`, jsonText(fields)]);
    outputs.push([
      `docs/events/data-types/${slug}.mdx`,
      `---
title: ${JSON.stringify(type.info.name)}
sidebar_label: ${JSON.stringify(label)}
slug: ${JSON.stringify(`/events/data-types/${slug}`)}
description: ${JSON.stringify(type.info.description)}
---

{/* ${GENERATED_NOTE} */}

import fields from './${slug}.data.json';

${escapeMdxText(type.info.description)} Declared in the \`${type.info.module}\` domain.

## Used by \\{#used-by}

${events}

## Fields \\{#fields}

<FieldTable fields={fields} />
`,
    ]);
  }
  return outputs;
}
