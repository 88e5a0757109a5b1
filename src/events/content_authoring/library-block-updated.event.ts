import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
import { LibraryBlockData } from '../data/content_authoring';
import { LIBRARY_BLOCK_HISTORY } from './library-block.family';

export default defineEvent({
  signal: 'LIBRARY_BLOCK_UPDATED',
  eventType: 'org.openedx.content_authoring.library_block.updated.v1',
  description:
    'Studio announces that the draft of a block in a content library (v2) changed, such as its content, its ' +
    'settings or its title. Publishing the change is reported separately by LIBRARY_BLOCK_PUBLISHED.',
  producers: [
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio',
      trigger:
        "A library component's draft is changed (e.g. its OLX saved); in newer code, sent for every modified component found in a draft change log.",
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/efaab55d172d0eaa9b5af888a60d37c3cfd6ceb3/openedx/core/djangoapps/content_libraries/tasks.py#L146',
        confidence: 'read',
        note: 'Sent from the send_change_events_for_modified_entities task in the newest content_libraries/tasks.py, which turns a Learning Core draft change log into library events.',
      },
    },
  ],
  consumers: [
    openedxWebhooks('Studio', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L24',
      confidence: 'read',
    }),
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio (Meilisearch content search)',
      use: "Synchronously upserts the changed library component's search document.",
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/openedx/edx-platform/blob/ead98340c96a5260715e121e13fae7ddcbae5c10/openedx/core/djangoapps/content/search/handlers.py#L117',
        confidence: 'read',
        note: 'A newer version of this file adds receivers for CONTENT_LIBRARY_CREATED, LIBRARY_BLOCK_PUBLISHED, LIBRARY_CONTAINER_*, COURSE_IMPORT_COMPLETED and COURSE_RERUN_COMPLETED.',
      },
    },
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio (content tagging)',
      use: 'Re-applies automatic tags to the updated library component.',
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/openedx/edx-platform/blob/9b6074f967066f42748a0bb0d9ad0d80edb84306/openedx/core/djangoapps/content_tagging/handlers.py#L101',
        confidence: 'read',
        note: 'Handlers act only when the CONTENT_TAGGING_AUTO toggle is on.',
      },
    },
  ],
  data: { library_block: LibraryBlockData },
  examples: [
    {
      library_block: {
        library_key: 'lib:OpenedX:CSPROB',
        usage_key: 'lb:OpenedX:CSPROB:html:intro-to-recursion',
      },
    },
  ],
  history: [...LIBRARY_BLOCK_HISTORY],
});
