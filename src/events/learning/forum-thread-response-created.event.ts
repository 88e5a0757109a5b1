import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
import { DiscussionThreadData } from '../data/learning';
import { RESPONSE_IN_STUDY_GROUP_THREAD } from './forum-thread.family';

export default defineEvent({
  signal: 'FORUM_THREAD_RESPONSE_CREATED',
  eventType: 'org.openedx.learning.forum.thread.response.created.v1',
  description:
    'Someone responded to a forum thread. `discussion` identifies the thread responded to. Until release 9.15.1 ' +
    'its event type was `org.openedx.learning.response.created.v1`.',
  producers: [
    {
      repository: 'openedx/openedx-platform',
      service: 'LMS',
      trigger:
        'Someone adds a response (top-level reply) to a discussion thread; sent alongside the edx.forum.response.created tracking log.',
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
      use: 'Queues a Celery task that emails forum-notification subscribers about the new response.',
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/eduNEXT/platform-plugin-forum-email-notifier/blob/da6005c972df97bfac6a6153eb108d1bef499eb9/platform_plugin_forum_email_notifier/handlers.py#L35',
        confidence: 'read',
        note: "handlers module is imported in the app's ready(), registering the @receiver.",
      },
    },
    openedxWebhooks('LMS', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L63',
      confidence: 'read',
    }),
  ],
  staleBusWarning: {
    source: {
      url: 'https://github.com/openedx/openedx-events/blob/b1d710af9f8b55e4c72c8540a8febc327d472e41/openedx_events/learning/signals.py#L341',
      confidence: 'read',
    },
  },
  data: { thread: DiscussionThreadData },
  examples: [{ thread: RESPONSE_IN_STUDY_GROUP_THREAD }],
  history: [
    {
      release: '8.9.0',
      summary:
        'Event added. Its event type was the same as that of FORUM_RESPONSE_COMMENT_CREATED, so consumers could not tell the two apart by type.',
      breaking: false,
      added: { thread: DiscussionThreadData },
    },
    {
      release: '9.15.1',
      summary: 'The event type got a name of its own, no longer shared with FORUM_RESPONSE_COMMENT_CREATED.',
      breaking: true,
      renamedFrom: 'org.openedx.learning.response.created.v1',
    },
  ],
});
