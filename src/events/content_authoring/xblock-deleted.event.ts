import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
import { XBlockData } from '../data/content_authoring';
import { XBLOCK_HISTORY_SINCE_4_1_0 } from './xblock.family';

export default defineEvent({
  signal: 'XBLOCK_DELETED',
  eventType: 'org.openedx.content_authoring.xblock.deleted.v1',
  description:
    'Studio announces that a block was removed from a course. Consumers use it to drop whatever they keep about ' +
    'the block, such as search documents, tags, skills or LTI settings.',
  keyField: 'xblock_info.usage_key',
  keyFieldSince: '9.6.0',
  producers: [
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio',
      trigger: 'A course block is removed through the modulestore (delete_item); sent after the change is committed.',
      source: {
        url: 'https://github.com/openedx/edx-platform/blob/0700ec2908d3a7e895b56806642a81893577adb5/xmodule/modulestore/mixed.py#L877',
        confidence: 'read',
        note: 'A newer edx-platform version may have shifted lines; the call sits in MixedModuleStore.',
      },
    },
  ],
  consumers: [
    openedxWebhooks('Studio', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L15',
      confidence: 'read',
    }),
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio (Meilisearch content search)',
      use: "Queues removal of the deleted block's document from the Meilisearch index.",
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/openedx/edx-platform/blob/ead98340c96a5260715e121e13fae7ddcbae5c10/openedx/core/djangoapps/content/search/handlers.py#L102',
        confidence: 'read',
        note: 'A newer version of this file adds receivers for CONTENT_LIBRARY_CREATED, LIBRARY_BLOCK_PUBLISHED, LIBRARY_CONTAINER_*, COURSE_IMPORT_COMPLETED and COURSE_RERUN_COMPLETED.',
      },
    },
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio (content tagging)',
      use: "Queues deletion of the deleted block's tags (and the course's tags when the course block is deleted).",
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/openedx/edx-platform/blob/9b6074f967066f42748a0bb0d9ad0d80edb84306/openedx/core/djangoapps/content_tagging/handlers.py#L80',
        confidence: 'read',
        note: 'Handlers act only when the CONTENT_TAGGING_AUTO toggle is on.',
      },
    },
    {
      repository: 'openedx/taxonomy-connector',
      service: 'Course Discovery (taxonomy-connector plugin)',
      use: 'Queues deletion of the skills stored for the deleted block.',
      kind: 'event-bus-consumer',
      source: {
        url: 'https://github.com/openedx/taxonomy-connector/blob/65f88888586aed96cddf8317eb0339561b6fb8f8/taxonomy/signals/handlers.py#L58',
        confidence: 'read',
        note: "taxonomy-connector is installed in Course Discovery; its ADR docs/decisions/0001-xblock-skill-tagging-design.rst (line 50) says Discovery's consume_events command listens for these events from the bus and triggers these handlers.",
      },
    },
    {
      repository: 'mitodl/open-edx-plugins',
      service: 'Studio (ol_openedx_canvas_integration plugin)',
      use: 'When a section or subsection is deleted, queues (with a short delay) a Canvas assignment sync for the course.',
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/mitodl/open-edx-plugins/blob/61518a550ce7c8b99c69db334bed0d0359b9dd5b/src/ol_openedx_canvas_integration/ol_openedx_canvas_integration/handlers.py#L17',
        confidence: 'read',
      },
    },
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio (library upstream links)',
      use: 'Deletes the stored links between the deleted course block and the library blocks or containers it came from.',
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/d090e2bf4ffa3998871d50c1bc3de3928579da68/cms/djangoapps/contentstore/signals/handlers.py#L279',
        confidence: 'read',
      },
    },
  ],
  busUsage: [
    {
      topic: 'course-authoring-xblock-lifecycle',
      keyField: 'xblock_info.usage_key',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/8051898ace3da13301e77412d12dbe013f5c1acd/cms/envs/common.py#L1265',
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
        usage_key: 'block-v1:edX+DemoX+Demo_Course+type@vertical+block@0a3b6d4c8e2f4a1b9c7d5e3f1a2b4c6d',
        block_type: 'vertical',
        version: null,
      },
    },
  ],
  history: [...XBLOCK_HISTORY_SINCE_4_1_0],
});
