import { defineEvent } from '../model';
import { DiscussionThreadData } from '../data/learning';
import { FORUM_THREAD_CONSUMERS, FORUM_THREAD_HISTORY, RESPONSE_IN_STUDY_GROUP_THREAD } from './forum-thread.family';

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
  history: [...FORUM_THREAD_HISTORY],
});
