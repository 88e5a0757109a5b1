import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
import { LibraryBlockData } from '../data/content_authoring';
import { LIBRARY_BLOCK_EXAMPLE, LIBRARY_BLOCK_HISTORY } from './library-block.family';

export default defineEvent({
  signal: 'LIBRARY_BLOCK_CREATED',
  eventType: 'org.openedx.content_authoring.library_block.created.v1',
  description: 'Studio announces that a new block (component) was added to a content library (v2), as a draft.',
  producers: [
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio',
      trigger:
        'A component appears in a v2 library draft (created, pasted or imported); the draft change-log task sends it when the entity had no previous version.',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/efaab55d172d0eaa9b5af888a60d37c3cfd6ceb3/openedx/core/djangoapps/content_libraries/tasks.py#L137',
        confidence: 'read',
        note: 'Sent from the send_change_events_for_modified_entities task in the newest content_libraries/tasks.py, which turns a Learning Core draft change log into library events.',
      },
    },
  ],
  consumers: [
    openedxWebhooks('Studio', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L23',
      confidence: 'read',
    }),
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio (Meilisearch content search)',
      use: "Synchronously upserts the new library component's search document so Studio search reflects it immediately.",
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/openedx/edx-platform/blob/ead98340c96a5260715e121e13fae7ddcbae5c10/openedx/core/djangoapps/content/search/handlers.py#L116',
        confidence: 'read',
        note: 'A newer version of this file adds receivers for CONTENT_LIBRARY_CREATED, LIBRARY_BLOCK_PUBLISHED, LIBRARY_CONTAINER_*, COURSE_IMPORT_COMPLETED and COURSE_RERUN_COMPLETED.',
      },
    },
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio (content tagging)',
      use: "Queues automatic tagging of the new library component using the current request's language.",
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/openedx/edx-platform/blob/9b6074f967066f42748a0bb0d9ad0d80edb84306/openedx/core/djangoapps/content_tagging/handlers.py#L100',
        confidence: 'read',
        note: 'Handlers act only when the CONTENT_TAGGING_AUTO toggle is on.',
      },
    },
  ],
  data: { library_block: LibraryBlockData },
  examples: [{ library_block: LIBRARY_BLOCK_EXAMPLE }],
  history: [...LIBRARY_BLOCK_HISTORY],
});
