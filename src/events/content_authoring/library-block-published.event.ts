import { defineEvent } from '../model';
import { LibraryBlockData } from '../data/content_authoring';
import { LIBRARY_BLOCK_EXAMPLE } from './library-block.family';

export default defineEvent({
  signal: 'LIBRARY_BLOCK_PUBLISHED',
  eventType: 'org.openedx.content_authoring.library_block.published.v1',
  description:
    'Studio announces that the published version of a block in a content library (v2) changed: its draft was ' +
    'published, or a deletion of its draft was published, in which case the block no longer exists.',
  producers: [
    {
      repository: 'openedx/edx-platform',
      service: 'Studio',
      trigger: 'Changes to a library component, or its deletion, are published in Studio.',
    },
  ],
  consumers: [
    {
      repository: 'openedx/edx-platform',
      service: 'Studio',
      use: 'Content search updates the document of the block in Meilisearch, unless the block no longer exists.',
    },
  ],
  data: { library_block: LibraryBlockData },
  examples: [{ library_block: LIBRARY_BLOCK_EXAMPLE }],
  history: [
    {
      release: '10.2.0',
      summary: 'Event added, together with LIBRARY_CONTAINER_PUBLISHED.',
      breaking: false,
      added: { library_block: LibraryBlockData },
    },
  ],
});
