import { defineEvent } from '../model';
import { LibraryContainerData } from '../data/content_authoring';
import { LIBRARY_CONTAINER_EXAMPLE, LIBRARY_CONTAINER_HISTORY } from './library-container.family';

export default defineEvent({
  signal: 'LIBRARY_CONTAINER_CREATED',
  eventType: 'org.openedx.content_authoring.content_library.container.created.v1',
  description: 'Studio announces that a new container (a unit, subsection or section) was created in a content library (v2).',
  producers: [
    {
      repository: 'openedx/edx-platform',
      service: 'Studio',
      trigger: 'An author creates a unit, subsection or section in a content library in Studio.',
    },
  ],
  consumers: [
    {
      repository: 'openedx/edx-platform',
      service: 'Studio',
      use: 'Content search adds the container to the Meilisearch index.',
    },
  ],
  data: { library_container: LibraryContainerData },
  examples: [{ library_container: LIBRARY_CONTAINER_EXAMPLE }],
  history: [...LIBRARY_CONTAINER_HISTORY],
});
