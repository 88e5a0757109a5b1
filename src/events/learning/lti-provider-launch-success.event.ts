import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
import { LtiProviderLaunchData } from '../data/learning';

export default defineEvent({
  signal: 'LTI_PROVIDER_LAUNCH_SUCCESS',
  eventType: 'org.openedx.learning.lti_provider.launch.success.v1',
  description:
    'A learner opened Open edX content from an external learning platform through an LTI launch, with Open edX ' +
    'acting as the LTI tool provider. The payload carries the launch parameters, without the OAuth ones.',
  producers: [
    {
      repository: 'openedx/openedx-platform',
      service: 'LMS',
      trigger:
        'An external LTI 1.1 consumer launches LMS content through the LTI provider endpoint, and the launch passes parameter, OAuth signature, key and user-authentication checks; sent just before the block is rendered.',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/1204e2cf6038ce7402241466543d28765401e7dd/lms/djangoapps/lti_provider/views.py#L141',
        confidence: 'read',
        note: 'oauth_* parameters are stripped from launch_params before sending.',
      },
    },
  ],
  consumers: [
    {
      repository: 'open-craft/platform-plugin-lti-launch-monitor',
      service: 'platform-plugin-lti-launch-monitor (plugin in LMS)',
      use: 'Stores an LTILaunchRecord (user, course, block, context label/title and extra launch params) for each successful launch.',
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/open-craft/platform-plugin-lti-launch-monitor/blob/a779abaf7dd72a01ae9af8d06479cbb173c8eafb/lti_launch_monitor/signal_handlers.py#L34',
        confidence: 'read',
        note: "Connected with LTI_PROVIDER_LAUNCH_SUCCESS.connect(); module imported in the app's ready().",
      },
    },
    openedxWebhooks('LMS', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L76',
      confidence: 'read',
    }),
  ],
  data: { launch_data: LtiProviderLaunchData },
  examples: [
    {
      launch_data: {
        user: {
          id: 4231,
          is_active: true,
          pii: { username: 'ana_garcia', email: 'ana.garcia@example.com', name: 'Ana García' },
        },
        course_key: 'course-v1:edX+DemoX+Demo_Course',
        usage_key: 'block-v1:edX+DemoX+Demo_Course+type@problem+block@python_loops',
        launch_params: {
          roles: 'Learner',
          context_id: 'canvas-course-8812',
          user_id: '7d41c0a2e9f3',
          extra_params: {
            context_title: 'Intro to Programming (Spring 2026)',
            context_label: 'CS101',
            lis_result_sourcedid: '8812-7d41c0a2e9f3-python_loops',
          },
        },
      },
    },
  ],
  history: [
    {
      release: '10.3.0',
      summary: 'Event added.',
      breaking: false,
      added: { launch_data: LtiProviderLaunchData },
    },
  ],
});
