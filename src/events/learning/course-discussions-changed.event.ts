import { defineEvent } from '../model';
import { CourseDiscussionConfigurationData } from '../data/learning';
import { typedMappings } from '../release-wide-changes';

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
      date: '2022-02-25',
      summary: 'Event added.',
      changes: [
        { kind: 'added', field: 'configuration.course_key' },
        { kind: 'added', field: 'configuration.provider_type' },
        { kind: 'added', field: 'configuration.enable_in_context' },
        { kind: 'added', field: 'configuration.enable_graded_units' },
        { kind: 'added', field: 'configuration.unit_level_visibility' },
        { kind: 'added', field: 'configuration.plugin_configuration' },
        { kind: 'added', field: 'configuration.contexts' },
      ],
      breaking: false,
    },
    {
      release: '0.8.1',
      date: '2022-03-03',
      summary: 'Topics gained their position in the course.',
      changes: [{ kind: 'added', field: 'configuration.contexts[].ordering' }],
      breaking: false,
    },
    {
      release: '0.8.2',
      date: '2022-04-13',
      summary: "Topics gained their place in the course outline, and the topic's group id was declared optional.",
      changes: [
        { kind: 'added', field: 'configuration.contexts[].context' },
        {
          kind: 'changed',
          field: 'configuration.contexts[].group_id',
          note: 'Declared as optional; it already defaulted to null.',
        },
      ],
      breaking: false,
    },
    typedMappings([
      { kind: 'changed', field: 'configuration.plugin_configuration', note: 'Now typed as a map of booleans.' },
      { kind: 'changed', field: 'configuration.contexts[].context', note: 'Now typed as a map of strings.' },
    ]),
    {
      release: '11.1.0',
      date: '2026-03-19',
      summary: 'Added whether discussions are on at all, so that imports and reruns keep that setting.',
      changes: [{ kind: 'added', field: 'configuration.enabled' }],
      breaking: false,
    },
  ],
});
