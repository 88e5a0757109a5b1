import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
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
      repository: 'openedx/edx-ora2',
      service: 'ORA2 (XBlock in LMS)',
      trigger: "A learner's open-response assessment receives a grade; ORA asks for an 'ora_grade_assigned' notification to that learner.",
      source: {
        url: 'https://github.com/openedx/edx-ora2/blob/95c188d3329cdcd0d77f0c38995750f0e2dbe46f/openassessment/xblock/utils/notifications.py#L85',
        confidence: 'read',
      },
    },
    {
      repository: 'openedx/edx-ora2',
      service: 'ORA2 (XBlock in LMS)',
      trigger:
        "ORA's reminder job finds a learner with an unfinished required step (e.g. peer reviews) and requests an 'ora_reminder' notification for them.",
      source: {
        url: 'https://github.com/openedx/edx-ora2/blob/95c188d3329cdcd0d77f0c38995750f0e2dbe46f/openassessment/xblock/utils/ora_reminders.py#L532',
        confidence: 'read',
      },
    },
    {
      repository: 'openedx/openedx-platform',
      service: 'LMS',
      trigger:
        'Forum activity that concerns specific users: a response or comment on their post or response, activity on a post they follow, or their content being endorsed (DiscussionNotificationSender._send_notification).',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/e57a655d77b614f19223984e9805b1fb940ab192/lms/djangoapps/discussion/rest_api/discussions_notifications.py#L79',
        confidence: 'read',
        note: 'Course-wide forum notifications (new posts) use COURSE_NOTIFICATION_REQUESTED instead.',
      },
    },
    {
      repository: 'openedx/openedx-platform',
      service: 'LMS',
      trigger:
        "The LMS warns a learner that their audit access to a course is about to expire ('audit_access_expiring_soon' notification from EnrollmentNotificationSender).",
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/e57a655d77b614f19223984e9805b1fb940ab192/openedx/core/djangoapps/enrollments/enrollments_notifications.py#L41',
        confidence: 'read',
        note: 'The caller that schedules this reminder was not traced.',
      },
    },
  ],
  consumers: [
    openedxWebhooks('LMS', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L54',
      confidence: 'read',
    }),
    {
      repository: 'openedx/openedx-platform',
      service: 'LMS (notifications app)',
      use: 'Converts the notification request to a dict and queues the send_notifications Celery task, which creates the notifications and delivers them per user preference (web, email, push).',
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/cf5e5b5663b7f4f3c5b16ad77747849c13469ee7/openedx/core/djangoapps/notifications/handlers.py#L58',
        confidence: 'read',
      },
    },
  ],
  staleBusWarning: {
    source: {
      url: 'https://github.com/openedx/openedx-events/blob/b1d710af9f8b55e4c72c8540a8febc327d472e41/openedx_events/learning/signals.py#L227',
      confidence: 'read',
    },
  },
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
