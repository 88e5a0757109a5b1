import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
import { LibraryContainerData } from '../data/content_authoring';
import { LIBRARY_CONTAINER_EXAMPLE, LIBRARY_CONTAINER_HISTORY } from './library-container.family';

export default defineEvent({
  signal: 'LIBRARY_CONTAINER_DELETED',
  eventType: 'org.openedx.content_authoring.content_library.container.deleted.v1',
  description:
    'Studio announces that the draft of a container in a content library (v2) was deleted. Publishing the ' +
    'deletion is reported separately by LIBRARY_CONTAINER_PUBLISHED.',
  producers: [
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio',
      trigger: 'A library container is deleted (draft deletion found in the change log).',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/efaab55d172d0eaa9b5af888a60d37c3cfd6ceb3/openedx/core/djangoapps/content_libraries/tasks.py#L158',
        confidence: 'read',
        note: 'Sent from the send_change_events_for_modified_entities task in the newest content_libraries/tasks.py, which turns a Learning Core draft change log into library events.',
      },
    },
  ],
  consumers: [
    openedxWebhooks('Studio', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L34',
      confidence: 'read',
    }),
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio (Meilisearch content search)',
      use: "Removes the container's document from the search index.",
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/19285155ade28baa4010ee18f093e9e2dd0056fa/openedx/core/djangoapps/content/search/handlers.py#L379',
        confidence: 'read',
      },
    },
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio (library upstream links)',
      use: 'Queues a task that unlinks the course blocks copied from the deleted library container.',
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/d090e2bf4ffa3998871d50c1bc3de3928579da68/cms/djangoapps/contentstore/signals/handlers.py#L327',
        confidence: 'read',
      },
    },
  ],
  data: { library_container: LibraryContainerData },
  examples: [{ library_container: LIBRARY_CONTAINER_EXAMPLE }],
  history: [...LIBRARY_CONTAINER_HISTORY],
});
