import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
import { XBlockData } from '../data/content_authoring';
import { XBLOCK_HISTORY_SINCE_8_3_0 } from './xblock.family';

export default defineEvent({
  signal: 'XBLOCK_UPDATED',
  eventType: 'org.openedx.content_authoring.xblock.updated.v1',
  description:
    'Studio announces that an existing block of a course was changed, such as its content, its settings or its ' +
    'display name. The change is to the draft; publishing it is reported separately by XBLOCK_PUBLISHED.',
  keyField: 'xblock_info.usage_key',
  keyFieldSince: '9.6.0',
  producers: [
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio',
      trigger:
        'A course block is saved through the modulestore (update_item), unless the caller asked for the update to be silent; sent after the change is committed.',
      source: {
        url: 'https://github.com/openedx/edx-platform/blob/0700ec2908d3a7e895b56806642a81893577adb5/xmodule/modulestore/mixed.py#L853',
        confidence: 'read',
        note: 'A newer edx-platform version may have shifted lines; the call sits in MixedModuleStore.',
      },
    },
  ],
  consumers: [
    openedxWebhooks('Studio', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L13',
      confidence: 'read',
    }),
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio (Meilisearch content search)',
      use: 'Queues a reindex of the updated block and its children in Meilisearch, since breadcrumbs may have changed.',
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/openedx/edx-platform/blob/ead98340c96a5260715e121e13fae7ddcbae5c10/openedx/core/djangoapps/content/search/handlers.py#L85',
        confidence: 'read',
        note: 'A newer version of this file adds receivers for CONTENT_LIBRARY_CREATED, LIBRARY_BLOCK_PUBLISHED, LIBRARY_CONTAINER_*, COURSE_IMPORT_COMPLETED and COURSE_RERUN_COMPLETED.',
      },
    },
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio (content tagging)',
      use: 'Re-applies automatic tags to the updated block (or to the course for course-type blocks).',
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/openedx/edx-platform/blob/9b6074f967066f42748a0bb0d9ad0d80edb84306/openedx/core/djangoapps/content_tagging/handlers.py#L55',
        confidence: 'read',
        note: 'Handlers act only when the CONTENT_TAGGING_AUTO toggle is on.',
      },
    },
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio (library upstream links)',
      use: 'Queues a task that refreshes the stored link between the changed course block and its library source.',
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/d090e2bf4ffa3998871d50c1bc3de3928579da68/cms/djangoapps/contentstore/signals/handlers.py#L266',
        confidence: 'read',
      },
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
