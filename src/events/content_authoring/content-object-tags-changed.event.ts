import { defineEvent } from '../model';
import { ContentObjectData } from '../data/content_authoring';

export default defineEvent({
  signal: 'CONTENT_OBJECT_TAGS_CHANGED',
  eventType: 'org.openedx.content_authoring.content.object.tags.changed.v1',
  description:
    'Announces that the tags applied to a piece of content (a course, a course block or a library item) changed. ' +
    'Deprecated since 9.14.0 in favour of CONTENT_OBJECT_ASSOCIATIONS_CHANGED, with `tags` in its list of ' +
    'changes; upstream planned to remove it after the Sumac release.',
  producers: [],
  consumers: [],
  data: { content_object: ContentObjectData },
  examples: [
    {
      content_object: {
        object_id: 'block-v1:edX+DemoX+Demo_Course+type@vertical+block@0a3b6d4c8e2f4a1b9c7d5e3f1a2b4c6d',
      },
    },
  ],
  history: [
    {
      release: '9.6.0',
      summary: 'Event added (the changelog of that release calls it CONTENT_OBJECT_TAGGED).',
      breaking: false,
      added: { content_object: ContentObjectData },
    },
    {
      release: '9.14.0',
      summary:
        'Deprecated in favour of CONTENT_OBJECT_ASSOCIATIONS_CHANGED, added in the same release, which reports tag ' +
        'changes among other kinds of association. The payload did not change.',
      breaking: false,
    },
  ],
  deprecated: true,
});
