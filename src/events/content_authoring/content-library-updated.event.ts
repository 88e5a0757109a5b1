import { defineEvent } from '../model';
import { ContentLibraryData } from '../data/content_authoring';

export default defineEvent({
  signal: 'CONTENT_LIBRARY_UPDATED',
  eventType: 'org.openedx.content_authoring.content_library.updated.v1',
  description:
    'Studio announces that a setting of a content library (v2) itself changed, such as its title. It is not ' +
    'sent when only the blocks, collections or containers inside the library change: their own events report that.',
  addedIn: '8.3.0',
  producers: [
    {
      repository: 'openedx/edx-platform',
      service: 'Studio',
      trigger: 'The metadata of a content library, such as its title, is changed in Studio.',
    },
  ],
  consumers: [
    {
      repository: 'openedx/edx-platform',
      service: 'Studio',
      use: 'Content search re-indexes every item of the library, since the library name appears in their breadcrumbs.',
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
