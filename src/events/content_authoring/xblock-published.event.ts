import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
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
  keyFieldSince: '9.6.0',
  producers: [
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio',
      trigger:
        'A draft block (unit, subsection, section...) is published through the mixed modulestore; one event for the block that was published, not per child.',
      source: {
        url: 'https://github.com/openedx/edx-platform/blob/0700ec2908d3a7e895b56806642a81893577adb5/xmodule/modulestore/mixed.py#L1003',
        confidence: 'read',
        note: 'A newer edx-platform version may have shifted lines; the call sits in MixedModuleStore.',
      },
    },
  ],
  consumers: [
    openedxWebhooks('Studio', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L14',
      confidence: 'read',
    }),
    {
      repository: 'openedx/taxonomy-connector',
      service: 'Course Discovery (taxonomy-connector plugin)',
      use: "Queues (re)extraction of skills for the published block's content.",
      kind: 'event-bus-consumer',
      source: {
        url: 'https://github.com/openedx/taxonomy-connector/blob/65f88888586aed96cddf8317eb0339561b6fb8f8/taxonomy/signals/handlers.py#L84',
        confidence: 'read',
        note: "taxonomy-connector is installed in Course Discovery; its ADR docs/decisions/0001-xblock-skill-tagging-design.rst (line 50) says Discovery's consume_events command listens for these events from the bus and triggers these handlers.",
      },
    },
    {
      repository: 'mitodl/open-edx-plugins',
      service: 'Studio (ol_openedx_canvas_integration plugin)',
      use: "Queues a sync of the course's assignments to a linked Canvas course.",
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/mitodl/open-edx-plugins/blob/61518a550ce7c8b99c69db334bed0d0359b9dd5b/src/ol_openedx_canvas_integration/ol_openedx_canvas_integration/handlers.py#L9',
        confidence: 'read',
      },
    },
  ],
  busUsage: [
    {
      topic: 'course-authoring-xblock-lifecycle',
      keyField: 'xblock_info.usage_key',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/8051898ace3da13301e77412d12dbe013f5c1acd/cms/envs/common.py#L1261',
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
