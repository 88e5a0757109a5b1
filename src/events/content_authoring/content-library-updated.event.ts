import { defineEvent } from '../model';
import { ContentLibraryData } from '../data/content_authoring';
import { CONTENT_LIBRARY_EXAMPLE, CONTENT_LIBRARY_HISTORY } from './content-library.family';

export default defineEvent({
  signal: 'CONTENT_LIBRARY_UPDATED',
  eventType: 'org.openedx.content_authoring.content_library.updated.v1',
  description:
    'Studio announces that a setting of a content library (v2) itself changed, such as its title. It is not ' +
    'sent when only the blocks, collections or containers inside the library change: their own events report that.',
  producers: [
    {
      repository: 'openedx/edx-platform',
      service: 'Studio',
      trigger: 'The metadata of a content library, such as its title, is changed in Studio.',
    },
  ],
  consumers: [
    {
      repository: 'openedx/edx-platform',
      service: 'Studio',
      use: 'Content search re-indexes every item of the library, since the library name appears in their breadcrumbs.',
    },
  ],
  data: { content_library: ContentLibraryData },
  examples: [{ content_library: CONTENT_LIBRARY_EXAMPLE }],
  history: [...CONTENT_LIBRARY_HISTORY],
});
