import { defineEvent } from '../model';
import { ContentLibraryData } from '../data/content_authoring';
import { CONTENT_LIBRARY_EXAMPLE, CONTENT_LIBRARY_HISTORY } from './content-library.family';

export default defineEvent({
  signal: 'CONTENT_LIBRARY_DELETED',
  eventType: 'org.openedx.content_authoring.content_library.deleted.v1',
  description: 'Studio announces that a content library (v2) was deleted, together with everything in it.',
  producers: [
    {
      repository: 'openedx/edx-platform',
      service: 'Studio',
      trigger: 'An author deletes a content library in Studio.',
    },
  ],
  consumers: [
    {
      repository: 'openedx/edx-platform',
      service: 'Studio',
      use: 'Content search deletes the search-access record of the library.',
    },
  ],
  data: { content_library: ContentLibraryData },
  examples: [{ content_library: CONTENT_LIBRARY_EXAMPLE }],
  history: [...CONTENT_LIBRARY_HISTORY],
});
