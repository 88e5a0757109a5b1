/** Reading a field's zod schema through the wrappers that only say "may be absent or null". */
import { z } from 'zod';

export interface UnwrappedField {
  /** The schema under every optional, nullable and default wrapper. */
  schema: z.ZodTypeAny;
  /** The field may be absent or null (upstream default None). */
  defaultIsNone: boolean;
}

export function unwrapField(schema: z.ZodTypeAny): UnwrappedField {
  let current = schema;
  let defaultIsNone = false;
  for (;;) {
    if (current instanceof z.ZodDefault) {
      if (current._def.defaultValue() === null) defaultIsNone = true;
      current = current._def.innerType;
    } else if (current instanceof z.ZodNullable || current instanceof z.ZodOptional) {
      defaultIsNone = true;
      current = current.unwrap();
    } else {
      return { schema: current, defaultIsNone };
    }
  }
}
