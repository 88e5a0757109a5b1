import { defineEvent } from '../model';
import { LibraryBlockData } from '../data/content_authoring';

export default defineEvent({
  signal: 'LIBRARY_BLOCK_CREATED',
  eventType: 'org.openedx.content_authoring.library_block.created.v1',
  description:
    'Studio announces that a new block (component) was added to a content library (v2), as a draft.',
  addedIn: '8.3.0',
  producers: [
    {
      repository: 'openedx/edx-platform',
      service: 'Studio',
      trigger: 'An author adds a component to a content library, or imports one into it, in Studio.',
    },
  ],
  consumers: [
    {
      repository: 'openedx/edx-platform',
      service: 'Studio',
      use: 'Content search adds the new block to the Meilisearch index.',
    },
  ],
  data: { library_block: LibraryBlockData },
  examples: [
    {
      library_block: {
        library_key: 'lib:OpenedX:CSPROB',
        usage_key: 'lb:OpenedX:CSPROB:problem:2f7c4b1e-8d3a-4a6b-9e2f-5c1d7b3a9e4f',
      },
    },
  ],
  history: [
    {
      release: '8.3.0',
      date: '2023-07-10',
      summary: 'Event added, together with the other Studio lifecycle events for courses and libraries.',
      changes: [
        { kind: 'added', field: 'library_block.library_key' },
        { kind: 'added', field: 'library_block.usage_key' },
      ],
      breaking: false,
    },
  ],
});
