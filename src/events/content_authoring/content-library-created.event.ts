import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
import { ContentLibraryData } from '../data/content_authoring';
import { CONTENT_LIBRARY_EXAMPLE, CONTENT_LIBRARY_HISTORY } from './content-library.family';

export default defineEvent({
  signal: 'CONTENT_LIBRARY_CREATED',
  eventType: 'org.openedx.content_authoring.content_library.created.v1',
  description:
    'Studio announces that a new content library (v2) was created. The payload names the library only; ' +
    'its title and other settings are read from Studio.',
  producers: [
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio',
      trigger: 'A new v2 (Learning Core) content library and its learning package are created through the content libraries API.',
      source: {
        url: 'https://github.com/openedx/edx-platform/blob/00cb1ab3ca0cb6976559a1be31d1dd847185ec2b/openedx/core/djangoapps/content_libraries/api/libraries.py#L494',
        confidence: 'read',
      },
    },
  ],
  consumers: [
    openedxWebhooks('Studio', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L20',
      confidence: 'read',
    }),
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio (Meilisearch content search)',
      use: "Creates the library's search-access record immediately and indexes the library's documents so the creator can search it at once.",
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/19285155ade28baa4010ee18f093e9e2dd0056fa/openedx/core/djangoapps/content/search/handlers.py#L231',
        confidence: 'read',
      },
    },
  ],
  data: { content_library: ContentLibraryData },
  examples: [{ content_library: CONTENT_LIBRARY_EXAMPLE }],
  history: [...CONTENT_LIBRARY_HISTORY],
});
