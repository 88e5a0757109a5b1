import { defineEvent } from '../model';
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
      repository: 'openedx/edx-platform',
      service: 'Studio',
      trigger: 'An author deletes a unit, subsection or section from a content library in Studio.',
    },
  ],
  consumers: [
    {
      repository: 'openedx/edx-platform',
      service: 'Studio',
      use: 'Content search removes the container from the Meilisearch index.',
    },
  ],
  data: { library_container: LibraryContainerData },
  examples: [{ library_container: LIBRARY_CONTAINER_EXAMPLE }],
  history: [...LIBRARY_CONTAINER_HISTORY],
});
