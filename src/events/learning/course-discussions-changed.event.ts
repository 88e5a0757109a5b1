import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
import { CourseDiscussionConfigurationData } from '../data/learning';

export default defineEvent({
  signal: 'COURSE_DISCUSSIONS_CHANGED',
  eventType: 'org.openedx.learning.discussions.configuration.changed.v1',
  description:
    'Studio announces the discussion setup of a course run after the course changed: which provider is used, its ' +
    'options, and the full list of topics (one per unit for in-context discussions). Consumers replace their copy ' +
    'of the topics with this list.',
  producers: [
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio (CMS)',
      trigger:
        "The Celery task that rebuilds a course's discussion settings (topics per unit, provider, in-context options) finishes, typically after the course is published in Studio or its discussions are migrated.",
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/5f6c7984c666323a69921165a781da8cb623675a/openedx/core/djangoapps/discussions/tasks.py#L36',
        confidence: 'read',
        note: 'Sent from update_discussions_settings_from_course_task; it is queued from Studio-side course publish handling (caller not re-read here), so it normally runs in the Studio/CMS worker.',
      },
    },
  ],
  consumers: [
    openedxWebhooks('LMS', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L49',
      confidence: 'read',
    }),
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio (CMS) / LMS (discussions app)',
      use: "Writes the new configuration to the database: updates, disables or creates DiscussionTopicLink rows and creates the course's DiscussionsConfiguration if missing.",
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/e57a655d77b614f19223984e9805b1fb940ab192/openedx/core/djangoapps/discussions/handlers.py#L107',
        confidence: 'read',
        note: 'Connected with COURSE_DISCUSSIONS_CHANGED.connect at module level; runs in whichever process sends the event.',
      },
    },
  ],
  staleBusWarning: {
    source: {
      url: 'https://github.com/openedx/openedx-events/blob/b1d710af9f8b55e4c72c8540a8febc327d472e41/openedx_events/learning/signals.py#L186',
      confidence: 'read',
    },
  },
  data: { configuration: CourseDiscussionConfigurationData },
  examples: [
    {
      configuration: {
        course_key: 'course-v1:edX+DemoX+Demo_Course',
        provider_type: 'openedx',
        enabled: true,
        enable_in_context: true,
        enable_graded_units: false,
        unit_level_visibility: true,
        plugin_configuration: {},
        contexts: [
          { title: 'General', usage_key: null, group_id: null, external_id: 'course', ordering: null, context: {} },
          {
            title: 'Lists and loops',
            usage_key: 'block-v1:edX+DemoX+Demo_Course+type@vertical+block@3f1c9a7b',
            group_id: null,
            external_id: null,
            ordering: 4,
            context: { section: 'Week 1: Getting started', subsection: 'Control flow', unit: 'Lists and loops' },
          },
        ],
      },
    },
  ],
  history: [
    {
      release: '0.8.0',
      summary: 'Event added.',
      breaking: false,
      added: { configuration: CourseDiscussionConfigurationData },
    },
  ],
});
