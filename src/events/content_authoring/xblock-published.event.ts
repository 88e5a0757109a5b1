import { defineEvent } from '../model';
import { XBlockData } from '../data/content_authoring';
import { XBLOCK_HISTORY_SINCE_4_1_0 } from './xblock.family';

export default defineEvent({
  signal: 'XBLOCK_PUBLISHED',
  eventType: 'org.openedx.content_authoring.xblock.published.v1',
  description:
    'Studio announces that a block was published, so learners now see its latest content. When a parent block is ' +
    'published with changes in several of its children, only one event is sent, for the parent; consumers that ' +
    'care about the children must walk down from it.',
  keyField: 'xblock_info.usage_key',
  producers: [
    {
      repository: 'openedx/edx-platform',
      service: 'Studio',
      trigger: 'An author publishes a block, or a section, subsection or unit containing changed blocks, in Studio.',
    },
  ],
  consumers: [
    {
      repository: 'openedx/taxonomy-connector',
      service: 'Course Discovery',
      use: 'Refreshes the skills tagged on the published block, through the taxonomy-connector plugin.',
    },
  ],
  data: { xblock_info: XBlockData },
  examples: [
    {
      xblock_info: {
        usage_key: 'block-v1:edX+DemoX+Demo_Course+type@chapter+block@d8a6192ade314473a78242dfeedfbf5b',
        block_type: 'chapter',
        version:
          'block-v1:edX+DemoX+Demo_Course+branch@published-branch+version@6650c1e9b3d2a4f5e6c7b8a9' +
          '+type@chapter+block@d8a6192ade314473a78242dfeedfbf5b',
      },
    },
  ],
  history: [...XBLOCK_HISTORY_SINCE_4_1_0],
});
