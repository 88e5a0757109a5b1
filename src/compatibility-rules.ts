/**
 * The compatibility rules, in one table: the checks (scripts/lib/schema-changes.ts)
 * apply them, and the site renders them, so the two cannot disagree.
 */

export type ChangeKind =
  | 'event-added'
  | 'event-removed'
  | 'field-added'
  | 'required-field-added'
  | 'field-removed'
  | 'type-changed'
  | 'optional-made-required'
  | 'required-made-optional'
  | 'enum-narrowed'
  | 'enum-widened'
  | 'default-added'
  | 'default-removed'
  | 'default-changed'
  | 'avro-resolution';

/** Every kind of change, whether it breaks consumers, and why. */
export const CHANGE_KINDS: Record<ChangeKind, { breaking: boolean; rule: string }> = {
  'event-added': { breaking: false, rule: 'a new event type breaks nobody' },
  'event-removed': { breaking: true, rule: 'consumers still subscribe to it; deprecate it in a release first' },
  'field-added': { breaking: false, rule: 'an optional field: older consumers ignore it, newer ones accept its absence' },
  'required-field-added': { breaking: true, rule: 'events already on the bus lack it' },
  'field-removed': { breaking: true, rule: 'consumers of earlier releases read it' },
  'type-changed': { breaking: true, rule: 'consumers of earlier releases cannot read the new type' },
  'optional-made-required': { breaking: true, rule: 'events already on the bus may lack it' },
  'required-made-optional': { breaking: true, rule: 'consumers of earlier releases expect a value' },
  'enum-narrowed': { breaking: true, rule: 'events already on the bus may carry the removed values' },
  'enum-widened': { breaking: true, rule: 'consumers of earlier releases do not know the new values' },
  'default-added': { breaking: false, rule: 'a default only fills what a producer leaves out' },
  'default-removed': { breaking: true, rule: 'consumers relied on the default for events without the field' },
  'default-changed': { breaking: true, rule: 'consumers relied on the old default' },
  'avro-resolution': { breaking: true, rule: 'Avro schema resolution fails: an earlier release cannot read what this one writes' },
};

export const COMPATIBILITY_MODE = 'forward transitive';

/** Which way each kind of change goes, for the diff's sign (`+`, `−`, `~`). */
export const CHANGE_DIRECTIONS: Record<ChangeKind, 'added' | 'removed' | 'changed'> = {
  'event-added': 'added',
  'event-removed': 'removed',
  'field-added': 'added',
  'required-field-added': 'added',
  'field-removed': 'removed',
  'type-changed': 'changed',
  'optional-made-required': 'changed',
  'required-made-optional': 'changed',
  'enum-narrowed': 'changed',
  'enum-widened': 'changed',
  'default-added': 'changed',
  'default-removed': 'changed',
  'default-changed': 'changed',
  'avro-resolution': 'changed',
};
