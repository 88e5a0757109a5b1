import { defineEvent } from '../model';
import { ContentObjectChangedData } from '../data/content_authoring';

export default defineEvent({
  signal: 'CONTENT_OBJECT_ASSOCIATIONS_CHANGED',
  eventType: 'org.openedx.content_authoring.content.object.associations.changed.v1',
  description:
    'Studio announces that what a piece of content is associated with has changed: its tags, the library ' +
    'collections it belongs to, or the containers that hold it. The payload lists which kinds of association ' +
    'changed, so consumers can refresh only those.',
  producers: [
    {
      repository: 'openedx/edx-platform',
      service: 'Studio',
      trigger:
        'The tags of a course block or library item change, or the item is added to or removed from a collection ' +
        'or a container, in Studio.',
    },
  ],
  consumers: [
    {
      repository: 'openedx/edx-platform',
      service: 'Studio',
      use: 'Content search refreshes the tags, collections or containers recorded for the object in Meilisearch.',
    },
  ],
  data: { content_object: ContentObjectChangedData },
  examples: [
    {
      content_object: {
        object_id: 'lb:OpenedX:CSPROB:problem:2f7c4b1e-8d3a-4a6b-9e2f-5c1d7b3a9e4f',
        changes: ['collections'],
      },
    },
    {
      content_object: {
        object_id: 'block-v1:edX+DemoX+Demo_Course+type@vertical+block@0a3b6d4c8e2f4a1b9c7d5e3f1a2b4c6d',
        changes: ['tags'],
      },
    },
  ],
  history: [
    {
      release: '9.14.0',
      summary: 'Event added, to replace CONTENT_OBJECT_TAGS_CHANGED with an event covering every kind of association.',
      breaking: false,
      added: { content_object: ContentObjectChangedData },
    },
  ],
});
