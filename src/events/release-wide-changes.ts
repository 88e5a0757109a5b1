/**
 * History entries that one openedx-events release wrote into several events
 * at once: the release, date and summary are declared here once, and each
 * event passes the fields it changed.
 */
import type { FieldChange, HistoryEntry } from './model';

/** 10.6.0: untyped mappings got key and value types, so the events could go over the event bus. */
export function typedMappings(changes: FieldChange[]): HistoryEntry {
  return {
    release: '10.6.0',
    date: '2026-03-09',
    summary:
      'Untyped mappings got explicit key and value types, as part of the complex-type support that lets the ' +
      'event travel over the event bus. The changelog files this under 10.6.0; the package that shipped it is ' +
      'numbered 11.0.0.',
    changes,
    breaking: false,
  };
}
