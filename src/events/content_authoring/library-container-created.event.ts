import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
import { LibraryContainerData } from '../data/content_authoring';
import { LIBRARY_CONTAINER_EXAMPLE, LIBRARY_CONTAINER_HISTORY } from './library-container.family';

export default defineEvent({
  signal: 'LIBRARY_CONTAINER_CREATED',
  eventType: 'org.openedx.content_authoring.content_library.container.created.v1',
  description: 'Studio announces that a new container (a unit, subsection or section) was created in a content library (v2).',
  producers: [
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio',
      trigger:
        'A container (unit, subsection, section) appears in a v2 library draft; sent by the draft change-log task when the entity had no previous version.',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/efaab55d172d0eaa9b5af888a60d37c3cfd6ceb3/openedx/core/djangoapps/content_libraries/tasks.py#L154',
        confidence: 'read',
        note: 'Sent from the send_change_events_for_modified_entities task in the newest content_libraries/tasks.py, which turns a Learning Core draft change log into library events. Older versions sent it directly from content_libraries/api/containers.py.',
      },
    },
  ],
  consumers: [
    openedxWebhooks('Studio', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L32',
      confidence: 'read',
    }),
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio (Meilisearch content search)',
      use: "Indexes the new library container's search document.",
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/19285155ade28baa4010ee18f093e9e2dd0056fa/openedx/core/djangoapps/content/search/handlers.py#L337',
        confidence: 'read',
      },
    },
  ],
  data: { library_container: LibraryContainerData },
  examples: [{ library_container: LIBRARY_CONTAINER_EXAMPLE }],
  history: [...LIBRARY_CONTAINER_HISTORY],
});
