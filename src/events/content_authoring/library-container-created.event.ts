import { defineEvent } from '../model';
import { LibraryContainerData } from '../data/content_authoring';

export default defineEvent({
  signal: 'LIBRARY_CONTAINER_CREATED',
  eventType: 'org.openedx.content_authoring.content_library.container.created.v1',
  description:
    'Studio announces that a new container (a unit, subsection or section) was created in a content library (v2).',
  addedIn: '9.20.0',
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
  examples: [
    {
      library_container: {
        container_key: 'lct:OpenedX:CSPROB:unit:recursion-basics-7c1d',
        background: false,
      },
    },
  ],
  history: [
    {
      release: '9.20.0',
      date: '2025-03-15',
      summary: 'Event added, with the first events about containers in content libraries.',
      changes: [
        { kind: 'added', field: 'library_container.library_key' },
        { kind: 'added', field: 'library_container.container_key' },
        { kind: 'added', field: 'library_container.background' },
      ],
      breaking: false,
    },
    {
      release: '10.0.0',
      date: '2025-04-04',
      summary:
        'The library key was dropped and the container key became a LibraryContainerLocator, which names the ' +
        'library and the container type itself, instead of a plain container code.',
      changes: [
        { kind: 'removed', field: 'library_container.library_key' },
        {
          kind: 'changed',
          field: 'library_container.container_key',
          note: 'string code -> LibraryContainerLocator',
        },
      ],
      breaking: true,
    },
    {
      release: '10.2.0',
      date: '2025-05-08',
      summary:
        'The background flag was deprecated: senders that expect slow handlers now emit from an asynchronous task.',
      changes: [{ kind: 'changed', field: 'library_container.background', note: 'deprecated' }],
      breaking: false,
    },
  ],
});
