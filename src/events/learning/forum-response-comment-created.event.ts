import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
import { DiscussionThreadData } from '../data/learning';
import { RESPONSE_IN_STUDY_GROUP_THREAD } from './forum-thread.family';

export default defineEvent({
  signal: 'FORUM_RESPONSE_COMMENT_CREATED',
  eventType: 'org.openedx.learning.forum.thread.response.comment.created.v1',
  description:
    'Someone commented on a response in a forum thread. `discussion` identifies the thread. Until release 9.15.1 ' +
    'its event type was `org.openedx.learning.response.created.v1`, the same as for responses, so the two could ' +
    'not be told apart by type.',
  producers: [
    {
      repository: 'openedx/openedx-platform',
      service: 'LMS',
      trigger: 'Someone adds a comment to a response in a discussion thread; sent alongside the edx.forum.comment.created tracking log.',
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
      use: 'Queues a Celery task that emails forum-notification subscribers about the new comment.',
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/eduNEXT/platform-plugin-forum-email-notifier/blob/da6005c972df97bfac6a6153eb108d1bef499eb9/platform_plugin_forum_email_notifier/handlers.py#L57',
        confidence: 'read',
        note: "handlers module is imported in the app's ready(), registering the @receiver.",
      },
    },
    openedxWebhooks('LMS', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L64',
      confidence: 'read',
    }),
  ],
  staleBusWarning: {
    source: {
      url: 'https://github.com/openedx/openedx-events/blob/b1d710af9f8b55e4c72c8540a8febc327d472e41/openedx_events/learning/signals.py#L355',
      confidence: 'read',
    },
  },
  data: { thread: DiscussionThreadData },
  examples: [
    {
      thread: {
        ...RESPONSE_IN_STUDY_GROUP_THREAD,
        body: 'Great, I will share a link on Friday.',
        id: '65f0c4b7e4b0a1d2c3e4f6a2',
        user: {
          id: 5890,
          is_active: true,
          pii: { username: 'kwame.mensah', email: 'kwame.mensah@example.org', name: 'Kwame Mensah' },
        },
      },
    },
  ],
  history: [
    {
      release: '8.9.0',
      summary:
        'Event added. Its event type was the one of FORUM_THREAD_RESPONSE_CREATED, so consumers could not tell a comment from a response by type.',
      breaking: false,
      added: { thread: DiscussionThreadData },
    },
    {
      release: '9.15.1',
      summary: 'The event type got a name of its own, no longer shared with FORUM_THREAD_RESPONSE_CREATED.',
      breaking: true,
      renamedFrom: 'org.openedx.learning.response.created.v1',
    },
  ],
});
