import { defineEvent } from '../model';
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
      repository: 'openedx/edx-platform',
      service: 'Studio',
      trigger: 'An author creates a new content library in Studio.',
    },
  ],
  consumers: [
    {
      repository: 'openedx/edx-platform',
      service: 'Studio',
      use: 'Content search grants search access to the new library right away and indexes it in Meilisearch.',
    },
  ],
  data: { content_library: ContentLibraryData },
  examples: [{ content_library: CONTENT_LIBRARY_EXAMPLE }],
  history: [...CONTENT_LIBRARY_HISTORY],
});
