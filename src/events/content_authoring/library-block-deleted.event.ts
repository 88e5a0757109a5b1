import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
import { LibraryBlockData } from '../data/content_authoring';
import { LIBRARY_BLOCK_EXAMPLE, LIBRARY_BLOCK_HISTORY } from './library-block.family';

export default defineEvent({
  signal: 'LIBRARY_BLOCK_DELETED',
  eventType: 'org.openedx.content_authoring.library_block.deleted.v1',
  description:
    'Studio announces that the draft of a block in a content library (v2) was deleted. Until the deletion is ' +
    'published, the published version of the block still exists; publishing it sends LIBRARY_BLOCK_PUBLISHED.',
  producers: [
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio',
      trigger:
        'A component is (soft-)deleted from a v2 library draft; sent by the draft change-log task when the entity has no new version.',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/efaab55d172d0eaa9b5af888a60d37c3cfd6ceb3/openedx/core/djangoapps/content_libraries/tasks.py#L141',
        confidence: 'read',
        note: 'Sent from the send_change_events_for_modified_entities task in the newest content_libraries/tasks.py, which turns a Learning Core draft change log into library events.',
      },
    },
  ],
  consumers: [
    openedxWebhooks('Studio', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L25',
      confidence: 'read',
    }),
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio (Meilisearch content search)',
      use: 'Synchronously removes the deleted library component from the search index.',
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/openedx/edx-platform/blob/ead98340c96a5260715e121e13fae7ddcbae5c10/openedx/core/djangoapps/content/search/handlers.py#L133',
        confidence: 'read',
        note: 'A newer version of this file adds receivers for CONTENT_LIBRARY_CREATED, LIBRARY_BLOCK_PUBLISHED, LIBRARY_CONTAINER_*, COURSE_IMPORT_COMPLETED and COURSE_RERUN_COMPLETED.',
      },
    },
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio (library upstream links)',
      use: 'Queues a task that unlinks the course blocks copied from the deleted library block.',
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/d090e2bf4ffa3998871d50c1bc3de3928579da68/cms/djangoapps/contentstore/signals/handlers.py#L314',
        confidence: 'read',
      },
    },
  ],
  data: { library_block: LibraryBlockData },
  examples: [{ library_block: LIBRARY_BLOCK_EXAMPLE }],
  history: [...LIBRARY_BLOCK_HISTORY],
});
