import { defineEvent } from '../model';
import { UserNotificationData } from '../data/learning';

export default defineEvent({
  signal: 'USER_NOTIFICATION_REQUESTED',
  eventType: 'org.openedx.learning.user.notification.requested.v1',
  description:
    'An app asks the notifications framework to notify a given list of users, for example about a reply to their ' +
    'forum post or a new grade. The notifications app turns the request into web and email notifications according ' +
    'to user preferences.',
  producers: [
    {
      repository: 'openedx/edx-platform',
      service: 'LMS',
      trigger: 'An LMS feature, such as the discussion forums, has something to tell specific users.',
    },
    {
      repository: 'openedx/edx-ora2',
      service: 'LMS',
      trigger: 'An Open Response Assessment has news for a learner, such as a grade being assigned.',
    },
  ],
  consumers: [
    {
      repository: 'openedx/edx-platform',
      service: 'LMS',
      use: 'The notifications app creates and sends the notifications to the listed users.',
    },
  ],
  data: { notification_data: UserNotificationData },
  examples: [
    {
      notification_data: {
        user_ids: [4231],
        notification_type: 'ora_grade_assigned',
        content_url:
          'https://lms.example.com/courses/course-v1:edX+DemoX+Demo_Course/jump_to/block-v1:edX+DemoX+Demo_Course+type@openassessment+block@0d1c2b3a',
        app_name: 'grading',
        course_key: 'course-v1:edX+DemoX+Demo_Course',
        context: {
          ora_name: 'Essay: Why learn to code?',
          course_name: 'Demonstration Course',
          points_earned: '8',
          points_possible: '10',
        },
      },
    },
  ],
  history: [
    {
      release: '8.2.0',
      summary: 'Event added.',
      breaking: false,
      added: { notification_data: UserNotificationData },
    },
  ],
});
