/**
 * The registry of events: every `src/events/**\/*.event.ts` file, each
 * default-exporting one `defineEvent(...)`. Knowing the file of each event
 * lets every error message name it.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { EventDefinition } from '../../src/events/model';
import { listFiles } from './files';

export interface EventSource {
  file: string;
  definition: EventDefinition;
}

export const EVENTS_DIR = 'src/events';

export async function loadEvents(root: string): Promise<EventSource[]> {
  const events: EventSource[] = [];
  for (const file of listFiles(root, EVENTS_DIR, '.event.ts')) {
    const module = (await import(pathToFileURL(path.join(root, file)).href)) as { default?: EventDefinition };
    if (!module.default || typeof module.default !== 'object' || typeof module.default.signal !== 'string') {
      throw new Error(`${file}: must default-export defineEvent({...})`);
    }
    events.push({ file, definition: module.default });
  }
  return events;
}
