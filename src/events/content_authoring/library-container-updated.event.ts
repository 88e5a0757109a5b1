import { defineEvent } from '../model';
import { LibraryContainerData } from '../data/content_authoring';
import { LIBRARY_CONTAINER_EXAMPLE, LIBRARY_CONTAINER_HISTORY } from './library-container.family';

export default defineEvent({
  signal: 'LIBRARY_CONTAINER_UPDATED',
  eventType: 'org.openedx.content_authoring.content_library.container.updated.v1',
  description:
    'Studio announces that the draft of a container in a content library (v2) changed, such as its title. ' +
    'Publishing the change is reported separately by LIBRARY_CONTAINER_PUBLISHED.',
  producers: [
    {
      repository: 'openedx/edx-platform',
      service: 'Studio',
      trigger: 'An author changes a unit, subsection or section of a content library in Studio.',
    },
  ],
  consumers: [
    {
      repository: 'openedx/edx-platform',
      service: 'Studio',
      use: 'Content search refreshes the Meilisearch document of the container.',
    },
  ],
  data: { library_container: LibraryContainerData },
  examples: [{ library_container: LIBRARY_CONTAINER_EXAMPLE }],
  history: [...LIBRARY_CONTAINER_HISTORY],
});
