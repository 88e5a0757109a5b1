import { defineEvent } from '../model';
import { DuplicatedXBlockData } from '../data/content_authoring';
import { FIRST_XBLOCK_EVENTS_SUMMARY } from './xblock.family';

export default defineEvent({
  signal: 'XBLOCK_DUPLICATED',
  eventType: 'org.openedx.content_authoring.xblock.duplicated.v1',
  description:
    'Studio announces that a block was copied with its Duplicate action. The payload names both the new copy and ' +
    'the original, so consumers can copy whatever they keep about the original to the new block.',
  keyField: 'xblock_info.usage_key',
  producers: [
    {
      repository: 'openedx/edx-platform',
      service: 'Studio',
      trigger: 'An author duplicates a block of a course in Studio.',
    },
  ],
  consumers: [
    {
      repository: 'openedx/edx-platform',
      service: 'Studio',
      use: 'Content tagging copies the tags of the original block to the new copy.',
    },
    {
      repository: 'openedx/taxonomy-connector',
      service: 'Course Discovery',
      use: 'Copies the skills tagged on the original block to the new copy, through the taxonomy-connector plugin.',
    },
  ],
  data: { xblock_info: DuplicatedXBlockData },
  examples: [
    {
      xblock_info: {
        usage_key: 'block-v1:edX+DemoX+Demo_Course+type@problem+block@5e7a9c1b3d5f4b6a8c0e2d4f6a8b0c1d',
        block_type: 'problem',
        version: null,
        source_usage_key: 'block-v1:edX+DemoX+Demo_Course+type@problem+block@8f2d1c6e4b7a49d3a5c0e9f1b2d3c4e5',
      },
    },
  ],
  history: [
    {
      release: '4.1.0',
      summary: FIRST_XBLOCK_EVENTS_SUMMARY,
      breaking: false,
      added: { xblock_info: DuplicatedXBlockData },
    },
  ],
});
