import { defineEvent } from '../model';
import { DiscussionThreadData } from '../data/learning';
import { FORUM_THREAD_CONSUMERS, RESPONSE_IN_STUDY_GROUP_THREAD } from './forum-thread.family';

export default defineEvent({
  signal: 'FORUM_THREAD_RESPONSE_CREATED',
  eventType: 'org.openedx.learning.forum.thread.response.created.v1',
  description:
    'Someone responded to a forum thread. `discussion` identifies the thread responded to. Until release 9.15.1 ' +
    'its event type was `org.openedx.learning.response.created.v1`.',
  producers: [{ repository: 'openedx/edx-platform', service: 'LMS', trigger: 'A response is posted to a thread.' }],
  consumers: [...FORUM_THREAD_CONSUMERS],
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
