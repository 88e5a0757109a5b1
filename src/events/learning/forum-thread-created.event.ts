import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
import { DiscussionThreadData } from '../data/learning';

export default defineEvent({
  signal: 'FORUM_THREAD_CREATED',
  eventType: 'org.openedx.learning.forum.thread.created.v1',
  description:
    'A learner or staff member started a new thread (a discussion or a question) in a course forum. Until release ' +
    '9.15.1 its event type was `org.openedx.learning.thread.created.v1`.',
  producers: [
    {
      repository: 'openedx/openedx-platform',
      service: 'LMS',
      trigger:
        'A learner or staff member creates a new discussion post (thread); the forum tracking helper emits the edx.forum.thread.created tracking log and then this event.',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/2ae0a49bfff5f74f8095fa752261136503695df1/lms/djangoapps/discussion/django_comment_client/base/views.py#L122',
        confidence: 'read',
        note: 'One generic send in track_forum_event(): the tracking event name is mapped to the signal through TRACKING_LOG_TO_EVENT_MAPS (https://github.com/openedx/openedx-platform/blob/2ae0a49bfff5f74f8095fa752261136503695df1/lms/djangoapps/discussion/django_comment_client/base/views.py#L75-L79). The same helpers (track_thread_created_event / track_comment_created_event) are used by the legacy forum views and by the discussions REST API used by the discussions MFE. The openedx/forum (forum v2) repository itself sends no Open edX events.',
      },
    },
  ],
  consumers: [
    {
      repository: 'eduNEXT/platform-plugin-forum-email-notifier',
      service: 'platform-plugin-forum-email-notifier (plugin in LMS)',
      use: "Queues a Celery task that emails the course's forum-notification subscribers about the new thread.",
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/eduNEXT/platform-plugin-forum-email-notifier/blob/da6005c972df97bfac6a6153eb108d1bef499eb9/platform_plugin_forum_email_notifier/handlers.py#L13',
        confidence: 'read',
        note: "handlers module is imported in the app's ready(), registering the @receiver.",
      },
    },
    openedxWebhooks('LMS', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L62',
      confidence: 'read',
    }),
  ],
  staleBusWarning: {
    source: {
      url: 'https://github.com/openedx/openedx-events/blob/b1d710af9f8b55e4c72c8540a8febc327d472e41/openedx_events/learning/signals.py#L327',
      confidence: 'read',
    },
  },
  data: { thread: DiscussionThreadData },
  examples: [
    {
      thread: {
        body: 'Is anyone forming a study group for week 2? Happy to meet on weekends.',
        commentable_id: 'course',
        id: '65f0c2a9e4b0a1d2c3e4f567',
        truncated: false,
        url: 'https://lms.example.com/courses/course-v1:edX+DemoX+Demo_Course/discussion/forum/course/threads/65f0c2a9e4b0a1d2c3e4f567',
        user: {
          id: 5890,
          is_active: true,
          pii: { username: 'kwame.mensah', email: 'kwame.mensah@example.org', name: 'Kwame Mensah' },
        },
        course_id: 'course-v1:edX+DemoX+Demo_Course',
        thread_type: 'discussion',
        anonymous: false,
        anonymous_to_peers: false,
        title: 'Study group for week 2?',
        title_truncated: false,
        group_id: null,
        team_id: null,
        category_id: null,
        category_name: 'General',
        discussion: null,
        user_course_roles: [],
        user_forums_roles: ['Student'],
        options: { followed: true },
      },
    },
  ],
  history: [
    {
      release: '8.9.0',
      summary: 'Event added.',
      breaking: false,
      added: { thread: DiscussionThreadData },
    },
    {
      release: '9.15.1',
      summary: 'The event type gained `forum.` in its subject, like its two sibling forum events.',
      breaking: true,
      renamedFrom: 'org.openedx.learning.thread.created.v1',
    },
  ],
});
