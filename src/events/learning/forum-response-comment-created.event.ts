import { defineEvent } from '../model';
import { DiscussionThreadData } from '../data/learning';
import { FORUM_THREAD_CONSUMERS, RESPONSE_IN_STUDY_GROUP_THREAD } from './forum-thread.family';

export default defineEvent({
  signal: 'FORUM_RESPONSE_COMMENT_CREATED',
  eventType: 'org.openedx.learning.forum.thread.response.comment.created.v1',
  description:
    'Someone commented on a response in a forum thread. `discussion` identifies the thread. Until release 9.15.1 ' +
    'its event type was `org.openedx.learning.response.created.v1`, the same as for responses, so the two could ' +
    'not be told apart by type.',
  producers: [{ repository: 'openedx/edx-platform', service: 'LMS', trigger: 'A comment is posted on a response.' }],
  consumers: [...FORUM_THREAD_CONSUMERS],
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
