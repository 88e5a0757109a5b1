import { defineEvent } from '../model';
import { DiscussionThreadData } from '../data/learning';
import { FORUM_THREAD_CONSUMERS } from './forum-thread.family';

export default defineEvent({
  signal: 'FORUM_THREAD_CREATED',
  eventType: 'org.openedx.learning.forum.thread.created.v1',
  description:
    'A learner or staff member started a new thread (a discussion or a question) in a course forum. Until release ' +
    '9.15.1 its event type was `org.openedx.learning.thread.created.v1`.',
  producers: [
    {
      repository: 'openedx/edx-platform',
      service: 'LMS',
      trigger: 'A new thread is posted in a course discussion forum.',
    },
  ],
  consumers: [...FORUM_THREAD_CONSUMERS],
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
