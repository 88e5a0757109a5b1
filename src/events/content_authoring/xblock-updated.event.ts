import { defineEvent } from '../model';
import { XBlockData } from '../data/content_authoring';
import { XBLOCK_HISTORY_SINCE_8_3_0 } from './xblock.family';

export default defineEvent({
  signal: 'XBLOCK_UPDATED',
  eventType: 'org.openedx.content_authoring.xblock.updated.v1',
  description:
    'Studio announces that an existing block of a course was changed, such as its content, its settings or its ' +
    'display name. The change is to the draft; publishing it is reported separately by XBLOCK_PUBLISHED.',
  keyField: 'xblock_info.usage_key',
  producers: [
    {
      repository: 'openedx/edx-platform',
      service: 'Studio',
      trigger: 'An author saves changes to a block of a course in Studio.',
    },
  ],
  consumers: [
    {
      repository: 'openedx/edx-platform',
      service: 'Studio',
      use:
        'Content search re-indexes the block and its children in Meilisearch, since their breadcrumbs may have ' +
        'changed, when Meilisearch and course indexing are enabled.',
    },
  ],
  data: { xblock_info: XBlockData },
  examples: [
    {
      xblock_info: {
        usage_key: 'block-v1:edX+DemoX+Demo_Course+type@html+block@3c9e0b7d5a1f4e2c8b6d4f0a2e1c3b5d',
        block_type: 'html',
        version: null,
      },
    },
  ],
  history: [...XBLOCK_HISTORY_SINCE_8_3_0],
});
