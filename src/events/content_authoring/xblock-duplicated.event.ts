import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
import { DuplicatedXBlockData } from '../data/content_authoring';
import { FIRST_XBLOCK_EVENTS_SUMMARY } from './xblock.family';

export default defineEvent({
  signal: 'XBLOCK_DUPLICATED',
  eventType: 'org.openedx.content_authoring.xblock.duplicated.v1',
  description:
    'Studio announces that a block was copied with its Duplicate action. The payload names both the new copy and ' +
    'the original, so consumers can copy whatever they keep about the original to the new block.',
  keyField: 'xblock_info.usage_key',
  keyFieldSince: '9.6.0',
  producers: [
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio',
      trigger:
        'An author duplicates a block in Studio; after the copy is created and inserted under its parent, the event carries the new key and the source key.',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/864fe4d087db3928734f4dd7216ca61b388e6825/cms/djangoapps/contentstore/utils.py#L1184',
        confidence: 'read',
        note: 'XBLOCK_DUPLICATED.send_event at the end of duplicate_block (def at L1110); line counted in the full text of this commit (100,839 chars, pages saved and joined). The view handlers call this helper.',
      },
    },
  ],
  consumers: [
    openedxWebhooks('Studio', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L16',
      confidence: 'read',
    }),
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio (content tagging)',
      use: "Copies the source block's tags onto the new duplicate block.",
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/openedx/edx-platform/blob/9b6074f967066f42748a0bb0d9ad0d80edb84306/openedx/core/djangoapps/content_tagging/handlers.py#L120',
        confidence: 'read',
        note: 'Handlers act only when the CONTENT_TAGGING_AUTO toggle is on.',
      },
    },
    {
      repository: 'openedx/taxonomy-connector',
      service: 'Course Discovery (taxonomy-connector plugin)',
      use: "Queues a copy of the source block's skills to the duplicate block.",
      kind: 'event-bus-consumer',
      source: {
        url: 'https://github.com/openedx/taxonomy-connector/blob/65f88888586aed96cddf8317eb0339561b6fb8f8/taxonomy/signals/handlers.py#L71',
        confidence: 'read',
        note: "taxonomy-connector is installed in Course Discovery; its ADR docs/decisions/0001-xblock-skill-tagging-design.rst (line 50) says Discovery's consume_events command listens for these events from the bus and triggers these handlers.",
      },
    },
  ],
  busUsage: [
    {
      topic: 'course-authoring-xblock-lifecycle',
      keyField: 'xblock_info.usage_key',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/8051898ace3da13301e77412d12dbe013f5c1acd/cms/envs/common.py#L1269',
        confidence: 'read',
      },
    },
    {
      topic: 'course-authoring-xblock-lifecycle',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/9678179d7170caaab31f387af4387af714122ab2/cms/envs/devstack.py',
        confidence: 'excerpt',
      },
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
