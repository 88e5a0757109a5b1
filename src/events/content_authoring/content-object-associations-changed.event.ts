import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
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
      repository: 'openedx/openedx-platform',
      service: 'Studio',
      trigger:
        "After a library revert, each component that belongs to a collection is re-announced with a 'collections' change so its collection membership is re-indexed.",
      source: {
        url: 'https://github.com/openedx/edx-platform/blob/00cb1ab3ca0cb6976559a1be31d1dd847185ec2b/openedx/core/djangoapps/content_libraries/api/libraries.py#L764',
        confidence: 'read',
      },
    },
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio',
      trigger: "A user changes an object's tags through the tagging REST API (changes=['tags']).",
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/cf5e5b5663b7f4f3c5b16ad77747849c13469ee7/openedx/core/djangoapps/content_tagging/rest_api/v1/views.py#L240',
        confidence: 'read',
        note: 'ObjectTagOrgView.update in the newest version read.',
      },
    },
  ],
  consumers: [
    openedxWebhooks('Studio', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L28',
      confidence: 'read',
    }),
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio (Meilisearch content search)',
      use: 'Refreshes the tags and/or collections fields of the affected block or collection in the search index, depending on which associations changed.',
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/openedx/edx-platform/blob/ead98340c96a5260715e121e13fae7ddcbae5c10/openedx/core/djangoapps/content/search/handlers.py#L197',
        confidence: 'read',
        note: 'A newer version of this file adds receivers for CONTENT_LIBRARY_CREATED, LIBRARY_BLOCK_PUBLISHED, LIBRARY_CONTAINER_*, COURSE_IMPORT_COMPLETED and COURSE_RERUN_COMPLETED.',
      },
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
