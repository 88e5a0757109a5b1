import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
import { ContentObjectData } from '../data/content_authoring';

export default defineEvent({
  signal: 'CONTENT_OBJECT_TAGS_CHANGED',
  eventType: 'org.openedx.content_authoring.content.object.tags.changed.v1',
  description:
    'Announces that the tags applied to a piece of content (a course, a course block or a library item) changed. ' +
    'Deprecated since 9.14.0 in favour of CONTENT_OBJECT_ASSOCIATIONS_CHANGED, with `tags` in its list of ' +
    'changes; upstream planned to remove it after the Sumac release.',
  producers: [
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio',
      trigger:
        'Components are added to or removed from a library collection (this older version re-announced each component with the tags event).',
      source: {
        url: 'https://github.com/openedx/edx-platform/blob/007f80a2a70cb9eafe72e91d0de7749688c61a58/openedx/core/djangoapps/content_libraries/api.py#L1240',
        confidence: 'read',
        note: 'Older code only: in update_library_collection_components (def at L1163) the tags event is sent once per added or removed component, right after LIBRARY_COLLECTION_UPDATED (L1231). Line counted in the saved text of api.py at this openedx/edx-platform commit (59,399 chars). The newest code no longer does this: collection membership changes now go through content_libraries/signal_handlers.py and tasks.send_collections_changed_events, and no CONTENT_OBJECT_TAGS_CHANGED send for collections was found there; the current senders are the tagging REST view and content_tagging/api.py.',
      },
    },
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio',
      trigger:
        "A user changes the tags of a course block, library item or collection through the tagging REST API; sent (as a deprecated duplicate) right after CONTENT_OBJECT_ASSOCIATIONS_CHANGED with changes=['tags'].",
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/cf5e5b5663b7f4f3c5b16ad77747849c13469ee7/openedx/core/djangoapps/content_tagging/rest_api/v1/views.py#L250',
        confidence: 'read',
        note: 'ObjectTagOrgView.update in the newest version read, right after the CONTENT_OBJECT_ASSOCIATIONS_CHANGED send. A similar pair of sends exists in content_tagging/api.py when tags are imported from CSV (not cited here).',
      },
    },
  ],
  consumers: [
    openedxWebhooks('Studio', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L27',
      confidence: 'read',
    }),
  ],
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
