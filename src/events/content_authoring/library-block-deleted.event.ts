import { defineEvent } from '../model';
import { LibraryBlockData } from '../data/content_authoring';
import { LIBRARY_BLOCK_EXAMPLE, LIBRARY_BLOCK_HISTORY } from './library-block.family';

export default defineEvent({
  signal: 'LIBRARY_BLOCK_DELETED',
  eventType: 'org.openedx.content_authoring.library_block.deleted.v1',
  description:
    'Studio announces that the draft of a block in a content library (v2) was deleted. Until the deletion is ' +
    'published, the published version of the block still exists; publishing it sends LIBRARY_BLOCK_PUBLISHED.',
  producers: [
    {
      repository: 'openedx/edx-platform',
      service: 'Studio',
      trigger: 'An author deletes a component from a content library in Studio.',
    },
  ],
  consumers: [
    {
      repository: 'openedx/edx-platform',
      service: 'Studio',
      use: 'Content search removes the block from the Meilisearch index.',
    },
    {
      repository: 'openedx/edx-platform',
      service: 'Studio',
      use: 'Content tagging deletes the tags of the block.',
    },
    {
      repository: 'openedx/xblock-lti-consumer',
      service: 'Studio',
      use: 'Deletes the stored LTI configuration of the block, if it is an LTI component.',
    },
  ],
  data: { library_block: LibraryBlockData },
  examples: [{ library_block: LIBRARY_BLOCK_EXAMPLE }],
  history: [...LIBRARY_BLOCK_HISTORY],
});
