import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
import { LibraryContainerData } from '../data/content_authoring';
import { LIBRARY_CONTAINER_EXAMPLE } from './library-container.family';

export default defineEvent({
  signal: 'LIBRARY_CONTAINER_PUBLISHED',
  eventType: 'org.openedx.content_authoring.content_library.container.published.v1',
  description:
    'Studio announces that the published version of a container in a content library (v2) changed: its draft ' +
    'was published, or a deletion of its draft was published, in which case the container no longer exists.',
  producers: [
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio',
      trigger:
        'A library publish changes a container (unit/subsection/section), directly or through a published child; sent per affected container after publishing.',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/efaab55d172d0eaa9b5af888a60d37c3cfd6ceb3/openedx/core/djangoapps/content_libraries/tasks.py#L392',
        confidence: 'read',
        note: 'Sent from the send_events_after_publish task in the newest content_libraries/tasks.py, one event per entity in the publish log.',
      },
    },
  ],
  consumers: [
    openedxWebhooks('Studio', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L35',
      confidence: 'read',
    }),
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio (Meilisearch content search)',
      use: 'Re-indexes the container after its published version changed, skipping published deletions.',
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/19285155ade28baa4010ee18f093e9e2dd0056fa/openedx/core/djangoapps/content/search/handlers.py#L354',
        confidence: 'read',
      },
    },
  ],
  data: { library_container: LibraryContainerData },
  examples: [{ library_container: LIBRARY_CONTAINER_EXAMPLE }],
  history: [
    {
      release: '10.2.0',
      summary: 'Event added, together with LIBRARY_BLOCK_PUBLISHED.',
      breaking: false,
      added: { library_container: LibraryContainerData },
    },
  ],
});
