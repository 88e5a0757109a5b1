import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
import { XBlockData } from '../data/content_authoring';
import { XBLOCK_HISTORY_SINCE_8_3_0 } from './xblock.family';

export default defineEvent({
  signal: 'XBLOCK_CREATED',
  eventType: 'org.openedx.content_authoring.xblock.created.v1',
  description:
    'Studio announces that a new block was added to a course: a section, subsection, unit or component. ' +
    'Consumers use it to start tracking the block, for example to add it to a search index.',
  keyField: 'xblock_info.usage_key',
  keyFieldSince: '9.6.0',
  producers: [
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio',
      trigger:
        'A block is created in a course through the modulestore (create_item); the event is deferred until the modulestore commits the change.',
      source: {
        url: 'https://github.com/openedx/edx-platform/blob/0700ec2908d3a7e895b56806642a81893577adb5/xmodule/modulestore/mixed.py#L766',
        confidence: 'read',
        note: 'A newer edx-platform version may have shifted lines; the call sits in MixedModuleStore.',
      },
    },
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio',
      trigger: 'A child block is added under a parent through the modulestore (create_child); sent once the change is committed.',
      source: {
        url: 'https://github.com/openedx/edx-platform/blob/0700ec2908d3a7e895b56806642a81893577adb5/xmodule/modulestore/mixed.py#L805',
        confidence: 'read',
        note: 'A newer edx-platform version may have shifted lines; the call sits in MixedModuleStore.',
      },
    },
  ],
  consumers: [
    openedxWebhooks('Studio', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L12',
      confidence: 'read',
    }),
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio (Meilisearch content search)',
      use: 'Queues a Celery task that adds the new course block to the Meilisearch studio index (when Meilisearch is enabled).',
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/openedx/edx-platform/blob/ead98340c96a5260715e121e13fae7ddcbae5c10/openedx/core/djangoapps/content/search/handlers.py#L68',
        confidence: 'read',
        note: 'A newer version of this file adds receivers for CONTENT_LIBRARY_CREATED, LIBRARY_BLOCK_PUBLISHED, LIBRARY_CONTAINER_*, COURSE_IMPORT_COMPLETED and COURSE_RERUN_COMPLETED.',
      },
    },
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio (content tagging)',
      use: 'Queues automatic tagging of the new block (or of the course, when the block is the course itself).',
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/openedx/edx-platform/blob/9b6074f967066f42748a0bb0d9ad0d80edb84306/openedx/core/djangoapps/content_tagging/handlers.py#L54',
        confidence: 'read',
        note: 'Handlers act only when the CONTENT_TAGGING_AUTO toggle is on.',
      },
    },
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio (library upstream links)',
      use: 'Queues a task that records the link between the new course block and the library block it was copied from, if it has one.',
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/d090e2bf4ffa3998871d50c1bc3de3928579da68/cms/djangoapps/contentstore/signals/handlers.py#L253',
        confidence: 'read',
      },
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
