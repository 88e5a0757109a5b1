import { defineEvent } from '../model';
import { LibraryBlockData } from '../data/content_authoring';
import { LIBRARY_BLOCK_HISTORY } from './library-block.family';

export default defineEvent({
  signal: 'LIBRARY_BLOCK_UPDATED',
  eventType: 'org.openedx.content_authoring.library_block.updated.v1',
  description:
    'Studio announces that the draft of a block in a content library (v2) changed, such as its content, its ' +
    'settings or its title. Publishing the change is reported separately by LIBRARY_BLOCK_PUBLISHED.',
  producers: [
    {
      repository: 'openedx/edx-platform',
      service: 'Studio',
      trigger: 'An author saves changes to a library component in Studio.',
    },
  ],
  consumers: [
    {
      repository: 'openedx/edx-platform',
      service: 'Studio',
      use: 'Content search re-indexes the block in Meilisearch.',
    },
  ],
  data: { library_block: LibraryBlockData },
  examples: [
    {
      library_block: {
        library_key: 'lib:OpenedX:CSPROB',
        usage_key: 'lb:OpenedX:CSPROB:html:intro-to-recursion',
      },
    },
  ],
  history: [...LIBRARY_BLOCK_HISTORY],
});
