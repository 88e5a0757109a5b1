import { defineEvent } from '../model';
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
      repository: 'openedx/edx-platform',
      service: 'Studio',
      trigger: 'A course is published and its discussion settings are recomputed from the course content.',
    },
  ],
  consumers: [
    {
      repository: 'openedx/edx-platform',
      service: 'Studio',
      use:
        'The discussions app creates, updates or disables the topic links of the course, and creates its ' +
        'discussion configuration if it has none yet.',
    },
  ],
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
