import { defineEvent } from '../model';
import { LtiProviderLaunchData } from '../data/learning';

export default defineEvent({
  signal: 'LTI_PROVIDER_LAUNCH_SUCCESS',
  eventType: 'org.openedx.learning.lti_provider.launch.success.v1',
  description:
    'A learner opened Open edX content from an external learning platform through an LTI launch, with Open edX ' +
    'acting as the LTI tool provider. The payload carries the launch parameters, without the OAuth ones.',
  producers: [
    {
      repository: 'openedx/edx-platform',
      service: 'LMS',
      trigger: 'An LTI launch request is verified and the learner is shown the requested content.',
    },
  ],
  consumers: [],
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
