import { defineEvent } from '../model';
import { ContentLibraryData } from '../data/content_authoring';

export default defineEvent({
  signal: 'CONTENT_LIBRARY_CREATED',
  eventType: 'org.openedx.content_authoring.content_library.created.v1',
  description:
    'Studio announces that a new content library (v2) was created. The payload names the library only; ' +
    'its title and other settings are read from Studio.',
  addedIn: '8.3.0',
  producers: [
    {
      repository: 'openedx/edx-platform',
      service: 'Studio',
      trigger: 'An author creates a new content library in Studio.',
    },
  ],
  consumers: [
    {
      repository: 'openedx/edx-platform',
      service: 'Studio',
      use: 'Content search grants search access to the new library right away and indexes it in Meilisearch.',
    },
  ],
  data: { content_library: ContentLibraryData },
  examples: [{ content_library: { library_key: 'lib:OpenedX:CSPROB', update_blocks: false } }],
  history: [
    {
      release: '8.3.0',
      date: '2023-07-10',
      summary: 'Event added, together with the other Studio lifecycle events for courses and libraries.',
      changes: [
        { kind: 'added', field: 'content_library.library_key' },
        { kind: 'added', field: 'content_library.update_blocks' },
      ],
      breaking: false,
    },
    {
      release: '10.2.0',
      date: '2025-05-08',
      summary:
        'The update_blocks flag was deprecated: senders now emit one event per changed library item instead of ' +
        'asking consumers to refresh every block.',
      changes: [{ kind: 'changed', field: 'content_library.update_blocks', note: 'deprecated' }],
      breaking: false,
    },
  ],
});
