import { defineEvent } from '../model';
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
      repository: 'openedx/edx-platform',
      service: 'LMS',
      trigger: 'An LMS feature, such as a new discussion post, has news for a whole course audience.',
    },
  ],
  consumers: [
    {
      repository: 'openedx/edx-platform',
      service: 'LMS',
      use: 'The notifications app resolves the audience filters to users and sends them the notification.',
    },
  ],
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
