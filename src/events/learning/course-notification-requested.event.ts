import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
import { CourseNotificationData } from '../data/learning';

export default defineEvent({
  signal: 'COURSE_NOTIFICATION_REQUESTED',
  eventType: 'org.openedx.learning.course.notification.requested.v1',
  description:
    'An app asks the notifications framework to notify people of a course chosen by filters (roles, enrollment ' +
    'tracks, cohorts, teams) rather than by listing them. The notifications app works out the audience and sends ' +
    'the notifications.',
  producers: [
    {
      repository: 'openedx/openedx-platform',
      service: 'LMS',
      trigger:
        "A new discussion post is created (regular, question, or staff 'notify all learners' post); a course-wide notification is requested for enrolled learners, narrowed to the cohort/team when the topic is divided.",
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/e57a655d77b614f19223984e9805b1fb940ab192/lms/djangoapps/discussion/rest_api/discussions_notifications.py#L105',
        confidence: 'read',
        note: 'Sent from DiscussionNotificationSender._send_course_wide_notification, used by send_new_thread_created_notification.',
      },
    },
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio (CMS)',
      trigger:
        "Course staff publish a course update (Course Updates/handouts page); a course-wide 'course_updates' notification is requested for all learners.",
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/864fe4d087db3928734f4dd7216ca61b388e6825/cms/djangoapps/contentstore/utils.py#L2333',
        confidence: 'read',
        note: 'COURSE_NOTIFICATION_REQUESTED.send_event at the end of send_course_update_notification (def at L2310), with notification_type "course_updates"; line counted in the full text of this commit.',
      },
    },
    {
      repository: 'openedx/edx-ora2',
      service: 'ORA2 (XBlock in LMS)',
      trigger:
        "A learner submits an ORA response in an assessment that has a required staff-grading step; staff/instructors get an 'ora_staff_notifications' notification.",
      source: {
        url: 'https://github.com/openedx/edx-ora2/blob/95c188d3329cdcd0d77f0c38995750f0e2dbe46f/openassessment/xblock/utils/notifications.py#L42',
        confidence: 'read',
        note: 'send_staff_notification() is called from submit() in https://github.com/openedx/edx-ora2/blob/95c188d3329cdcd0d77f0c38995750f0e2dbe46f/openassessment/xblock/apis/submissions/submissions_actions.py#L320.',
      },
    },
  ],
  consumers: [
    {
      repository: 'openedx/openedx-platform',
      service: 'LMS',
      use: 'Works out the audience (all active enrollments or the audience filters: roles, cohorts, teams, enrollments), drops the sender, and queues the send_notifications task that creates in-app/email/push notifications.',
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/cf5e5b5663b7f4f3c5b16ad77747849c13469ee7/openedx/core/djangoapps/notifications/handlers.py#L97',
        confidence: 'read',
        note: 'In-process receiver. The Studio (course update) producer sends in the CMS process, so that path relies on the notifications app also being installed in Studio (not verified here).',
      },
    },
    openedxWebhooks('LMS', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L65',
      confidence: 'read',
    }),
  ],
  staleBusWarning: {
    source: {
      url: 'https://github.com/openedx/openedx-events/blob/b1d710af9f8b55e4c72c8540a8febc327d472e41/openedx_events/learning/signals.py#L370',
      confidence: 'read',
    },
  },
  data: { course_notification_data: CourseNotificationData },
  examples: [
    {
      course_notification_data: {
        course_key: 'course-v1:edX+DemoX+Demo_Course',
        app_name: 'discussion',
        notification_type: 'new_discussion_post',
        content_url:
          'https://lms.example.com/courses/course-v1:edX+DemoX+Demo_Course/discussion/forum/course/threads/65f0c2a9e4b0a1d2c3e4f567',
        content_context: { post_title: 'Study group for week 2?', username: 'kwame.mensah' },
        audience_filters: {
          enrollments: ['verified', 'audit'],
          course_roles: ['staff'],
        },
      },
    },
  ],
  history: [
    {
      release: '9.2.0',
      summary: 'Event added.',
      breaking: false,
      added: { course_notification_data: CourseNotificationData },
    },
  ],
});
