/** The data classes of the catalog, found by walking each event's zod schemas, with the events that use them. */
import { z } from 'zod';
import { dataClassOf, type DataClassInfo, type EventDefinition } from '../../src/events/model';
import { compareText } from './sorting';

export interface DataType {
  info: DataClassInfo;
  schema: z.ZodTypeAny;
  signals: string[];
}

/** A field's schema under its optional, nullable and default wrappers. */
function unwrap(schema: z.ZodTypeAny): z.ZodTypeAny {
  if (schema instanceof z.ZodDefault) return unwrap(schema._def.innerType as z.ZodTypeAny);
  if (schema instanceof z.ZodNullable || schema instanceof z.ZodOptional) return unwrap(schema.unwrap() as z.ZodTypeAny);
  return schema;
}

function visit(field: z.ZodTypeAny, found: (info: DataClassInfo, schema: z.ZodTypeAny) => void): void {
  const schema = unwrap(field);
  if (schema instanceof z.ZodArray) return visit(schema.element as z.ZodTypeAny, found);
  if (schema instanceof z.ZodRecord) return visit(schema.valueSchema as z.ZodTypeAny, found);
  if (schema instanceof z.ZodObject) {
    const info = dataClassOf(schema);
    if (info) found(info, schema);
    for (const field of Object.values(schema.shape as z.ZodRawShape)) visit(field, found);
  }
}

/** Every data class the events use, by name, each with the signals of the events that use it, alphabetically. */
export function dataTypes(events: EventDefinition[]): DataType[] {
  const types = new Map<string, DataType>();
  for (const event of events) {
    for (const schema of Object.values(event.data)) {
      visit(schema, (info, found) => {
        const key = `${info.module}.${info.name}`;
        const entry = types.get(key) ?? { info, schema: found, signals: [] };
        if (!entry.signals.includes(event.signal)) entry.signals.push(event.signal);
        types.set(key, entry);
      });
    }
  }
  for (const type of types.values()) type.signals.sort(compareText);
  return [...types.values()].sort((a, b) => compareText(a.info.name, b.info.name) || compareText(a.info.module, b.info.module));
}
