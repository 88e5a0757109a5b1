/**
 * Every name from the sources that becomes a file path, a URL, an anchor or
 * MDX text, with the one rule each must follow. They are checked whatever
 * exceptions an event declares: an exception relaxes a convention (the
 * event-type pattern), never what is safe to write to disk or into a page.
 */

/** The kinds of names, each with its rule and how the rule reads in a message. */
const NAME_RULES = {
  signal: { pattern: /^[A-Z][A-Z0-9_]*$/, rule: 'upper-case letters, digits and underscores, starting with a letter' },
  // Lower-case dotted segments; `-` and a missing `.vN` are left to the event-type-pattern exception.
  eventType: {
    pattern: /^[a-z][a-z0-9_-]*(?:\.[a-z0-9][a-z0-9_-]*)+$/,
    rule: 'dot-separated segments of lower-case letters, digits, `_` and `-`',
  },
  // Avro's name rule: the field is a name in the .avsc, and its dotted path is the row's anchor.
  field: { pattern: /^[A-Za-z_][A-Za-z0-9_]*$/, rule: "letters, digits and underscores, not starting with a digit (Avro's name rule)" },
  dataClass: {
    pattern: /^[A-Za-z_][A-Za-z0-9_]*$/,
    rule: "letters, digits and underscores, not starting with a digit (Avro's name rule), and not a name Avro or avsc reserves",
  },
  module: { pattern: /^[a-z][a-z0-9_]*$/, rule: 'lower-case letters, digits and underscores, starting with a letter' },
  adrSlug: { pattern: /^(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)+$/, rule: 'an absolute path of lower-case words joined by `-`' },
} as const;

export type NameKind = keyof typeof NAME_RULES;

/**
 * A data class is an Avro record: its name may not be a primitive type's
 * (the Avro specification), nor a property of every JavaScript object, which
 * avsc's registry of names mistakes for a name already defined.
 */
const RESERVED: Partial<Record<NameKind, ReadonlySet<string>>> = {
  dataClass: new Set([
    'null',
    'boolean',
    'int',
    'long',
    'float',
    'double',
    'bytes',
    'string',
    ...Object.getOwnPropertyNames(Object.prototype),
  ]),
};

/** Why `value` is not a valid name of its kind, or null when it is one. */
export function nameProblem(kind: NameKind, value: string): string | null {
  const { pattern, rule } = NAME_RULES[kind];
  return pattern.test(value) && !RESERVED[kind]?.has(value) ? null : `${JSON.stringify(value)} is not a valid ${kind} name: use ${rule}`;
}
