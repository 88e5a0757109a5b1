import { defineEvent } from '../model';
import { ContentLibraryData } from '../data/content_authoring';

export default defineEvent({
  signal: 'CONTENT_LIBRARY_DELETED',
  eventType: 'org.openedx.content_authoring.content_library.deleted.v1',
  description:
    'Studio announces that a content library (v2) was deleted, together with everything in it.',
  addedIn: '8.3.0',
  producers: [
    {
      repository: 'openedx/edx-platform',
      service: 'Studio',
      trigger: 'An author deletes a content library in Studio.',
    },
  ],
  consumers: [
    {
      repository: 'openedx/edx-platform',
      service: 'Studio',
      use: 'Content search deletes the search-access record of the library.',
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
