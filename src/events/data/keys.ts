/**
 * Opaque keys (CourseKey, UsageKey, LibraryLocatorV2...) travel as strings.
 * Each helper documents the key's format with an example, so every field that
 * uses one says what it holds.
 */
import { z } from 'zod';

export interface OpaqueKeyFormat {
  /** The upstream key class, e.g. `CourseKey`. */
  name: string;
  example: string;
}

export const COURSE_KEY: OpaqueKeyFormat = { name: 'CourseKey', example: 'course-v1:edX+DemoX+Demo_Course' };
export const USAGE_KEY: OpaqueKeyFormat = {
  name: 'UsageKey',
  example: 'block-v1:edX+DemoX+Demo_Course+type@problem+block@9c5f4a2e',
};
export const LIBRARY_LOCATOR_V2: OpaqueKeyFormat = { name: 'LibraryLocatorV2', example: 'lib:edX:demo-library' };
export const LIBRARY_USAGE_LOCATOR_V2: OpaqueKeyFormat = {
  name: 'LibraryUsageLocatorV2',
  example: 'lb:edX:demo-library:problem:quiz-1',
};
export const LIBRARY_COLLECTION_LOCATOR: OpaqueKeyFormat = {
  name: 'LibraryCollectionLocator',
  example: 'lib-collection:edX:demo-library:week-1',
};
export const LIBRARY_CONTAINER_LOCATOR: OpaqueKeyFormat = {
  name: 'LibraryContainerLocator',
  example: 'lct:edX:demo-library:unit:unit-1',
};
export const CCX_LOCATOR: OpaqueKeyFormat = { name: 'CCXLocator', example: 'ccx-v1:edX+DemoX+Demo_Course+ccx@1' };

/**
 * A non-empty string holding the serialized key, described with its format.
 * History entries leave the description out: the replay compares types only.
 */
export function opaqueKey(format: OpaqueKeyFormat, description?: string) {
  const key = z.string().min(1);
  return description === undefined ? key : key.describe(`${description} Serialized ${format.name}, for example \`${format.example}\`.`);
}

/**
 * What Python's `datetime.isoformat()` writes, which is how upstream serializes
 * every date-time (on the event bus too): optional microseconds, and a UTC
 * offset only when the datetime has a time zone (`+00:00`, never `Z`). A
 * producer may send a naive date-time, so the offset is optional.
 */
export const ISO_FORMAT_DATE_TIME =
  '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(\\.\\d{6})?([+-]([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d{6})?)?)?$';

/** A date-time as upstream writes it (see ISO_FORMAT_DATE_TIME); history entries leave the description out. */
export function dateTime(description?: string) {
  const value = z
    .string()
    .regex(new RegExp(ISO_FORMAT_DATE_TIME), 'must be a date-time as Python writes it: YYYY-MM-DDTHH:MM:SS[.ffffff][+HH:MM]');
  return description === undefined ? value : value.describe(description);
}
