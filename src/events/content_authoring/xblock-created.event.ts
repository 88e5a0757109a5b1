import { defineEvent } from '../model';
import { XBlockData } from '../data/content_authoring';
import { XBLOCK_HISTORY_SINCE_8_3_0 } from './xblock.family';

export default defineEvent({
  signal: 'XBLOCK_CREATED',
  eventType: 'org.openedx.content_authoring.xblock.created.v1',
  description:
    'Studio announces that a new block was added to a course: a section, subsection, unit or component. ' +
    'Consumers use it to start tracking the block, for example to add it to a search index.',
  keyField: 'xblock_info.usage_key',
  producers: [
    {
      repository: 'openedx/edx-platform',
      service: 'Studio',
      trigger: 'An author adds a new block to a course in Studio.',
    },
  ],
  consumers: [
    {
      repository: 'openedx/edx-platform',
      service: 'Studio',
      use: 'Content search indexes the new block in Meilisearch, when Meilisearch and course indexing are enabled.',
    },
  ],
  data: { xblock_info: XBlockData },
  examples: [
    {
      xblock_info: {
        usage_key: 'block-v1:edX+DemoX+Demo_Course+type@problem+block@8f2d1c6e4b7a49d3a5c0e9f1b2d3c4e5',
        block_type: 'problem',
        version:
          'block-v1:edX+DemoX+Demo_Course+branch@draft-branch+version@6650b7c2a1e4f3d2c1b0a9f8' +
          '+type@problem+block@8f2d1c6e4b7a49d3a5c0e9f1b2d3c4e5',
      },
    },
  ],
  history: [...XBLOCK_HISTORY_SINCE_8_3_0],
});
