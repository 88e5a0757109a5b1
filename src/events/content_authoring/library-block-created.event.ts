import { defineEvent } from '../model';
import { LibraryBlockData } from '../data/content_authoring';
import { LIBRARY_BLOCK_EXAMPLE, LIBRARY_BLOCK_HISTORY } from './library-block.family';

export default defineEvent({
  signal: 'LIBRARY_BLOCK_CREATED',
  eventType: 'org.openedx.content_authoring.library_block.created.v1',
  description: 'Studio announces that a new block (component) was added to a content library (v2), as a draft.',
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
  examples: [{ library_block: LIBRARY_BLOCK_EXAMPLE }],
  history: [...LIBRARY_BLOCK_HISTORY],
});
