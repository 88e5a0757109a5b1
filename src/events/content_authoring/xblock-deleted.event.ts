import { defineEvent } from '../model';
import { XBlockData } from '../data/content_authoring';
import { XBLOCK_HISTORY_SINCE_4_1_0 } from './xblock.family';

export default defineEvent({
  signal: 'XBLOCK_DELETED',
  eventType: 'org.openedx.content_authoring.xblock.deleted.v1',
  description:
    'Studio announces that a block was removed from a course. Consumers use it to drop whatever they keep about ' +
    'the block, such as search documents, tags, skills or LTI settings.',
  keyField: 'xblock_info.usage_key',
  producers: [
    {
      repository: 'openedx/edx-platform',
      service: 'Studio',
      trigger: 'An author deletes a block from a course in Studio.',
    },
  ],
  consumers: [
    {
      repository: 'openedx/edx-platform',
      service: 'Studio',
      use: 'Content search removes the block from the Meilisearch index, when Meilisearch is enabled.',
    },
    {
      repository: 'openedx/edx-platform',
      service: 'Studio',
      use: 'Content tagging deletes the tags of the block (and of the whole course when the block is the course).',
    },
    {
      repository: 'openedx/xblock-lti-consumer',
      service: 'Studio',
      use: 'Deletes the stored LTI configuration of the block, if it is an LTI component.',
    },
    {
      repository: 'openedx/taxonomy-connector',
      service: 'Course Discovery',
      use: 'Deletes the skills tagged on the block, through the taxonomy-connector plugin.',
    },
  ],
  data: { xblock_info: XBlockData },
  examples: [
    {
      xblock_info: {
        usage_key: 'block-v1:edX+DemoX+Demo_Course+type@vertical+block@0a3b6d4c8e2f4a1b9c7d5e3f1a2b4c6d',
        block_type: 'vertical',
        version: null,
      },
    },
  ],
  history: [...XBLOCK_HISTORY_SINCE_4_1_0],
});
