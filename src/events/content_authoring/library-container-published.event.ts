import { defineEvent } from '../model';
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
      repository: 'openedx/edx-platform',
      service: 'Studio',
      trigger: 'Changes to a unit, subsection or section of a library, or its deletion, are published in Studio.',
    },
  ],
  consumers: [
    {
      repository: 'openedx/edx-platform',
      service: 'Studio',
      use: 'Content search updates the document of the container in Meilisearch, unless the container no longer ' + 'exists.',
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
