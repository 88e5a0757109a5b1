/**
 * Event types follow `{reverse DNS}.{domain}.{subject}.{action}.v{N}`, e.g.
 * `org.openedx.content_authoring.course.catalog_info.changed.v1`: two reverse
 * DNS segments, the domain, one or more subject segments, the action, the
 * major version.
 */
export interface EventTypeParts {
  reverseDns: string;
  domain: string;
  subject: string;
  action: string;
  majorVersion: number;
}

const SEGMENT = /^[a-z][a-z0-9_]*$/;
const VERSION = /^v([1-9][0-9]*)$/;

/** Parses an event type, or explains why it does not follow the pattern. */
export function parseEventType(eventType: string): EventTypeParts | { error: string } {
  const segments = eventType.split('.');
  const version = VERSION.exec(segments.at(-1) ?? '');
  if (!version) {
    return { error: `does not end with a major version such as ".v1"` };
  }
  const names = segments.slice(0, -1);
  if (names.length < 5) {
    return { error: `needs at least {reverse DNS (2 segments)}.{domain}.{subject}.{action} before the version` };
  }
  const bad = names.find((s) => !SEGMENT.test(s));
  if (bad !== undefined) {
    return { error: `segment "${bad}" is not lower-case letters, digits and underscores` };
  }
  return {
    reverseDns: names.slice(0, 2).join('.'),
    domain: names[2],
    subject: names.slice(3, -1).join('.'),
    action: names.at(-1)!,
    majorVersion: Number(version[1]),
  };
}

/**
 * The parts of an event type whether or not it follows the pattern, for
 * events excused from it: the domain is the third segment, any `.v<digits>`
 * is the version, and a missing one reads as 1.
 */
export function eventTypeParts(eventType: string): EventTypeParts {
  const parsed = parseEventType(eventType);
  if (!('error' in parsed)) return parsed;
  const segments = eventType.split('.');
  // A version the pattern refuses (`.v0`, which one event upstream removed had) is still its version.
  const version = /^v(\d+)$/.exec(segments.at(-1) ?? '');
  const names = version ? segments.slice(0, -1) : segments;
  return {
    reverseDns: names.slice(0, 2).join('.'),
    domain: names[2] ?? '',
    subject: names.slice(3, -1).join('.'),
    action: names.at(-1) ?? '',
    majorVersion: version ? Number(version[1]) : 1,
  };
}
