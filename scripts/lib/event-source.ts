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
  const files = listFiles(root, EVENTS_DIR, '.event.ts');
  // Imported together, not one after the other: each import goes through tsx's
  // loader, and a thousand sequential round trips cost seconds.
  const modules = await Promise.all(
    files.map((file) => import(pathToFileURL(path.join(root, file)).href) as Promise<{ default?: EventDefinition }>),
  );
  return files.map((file, i) => {
    const definition = modules[i].default;
    if (!definition || typeof definition !== 'object' || typeof definition.signal !== 'string') {
      throw new Error(`${file}: must default-export defineEvent({...})`);
    }
    return { file, definition };
  });
}
