/**
 * What the forum events (FORUM_THREAD_CREATED, FORUM_THREAD_RESPONSE_CREATED,
 * FORUM_RESPONSE_COMMENT_CREATED) share: they all carry a DiscussionThreadData.
 */
import type { z } from 'zod';
import type { DiscussionThreadData } from '../data/learning';

/**
 * A response in the study-group thread of the FORUM_THREAD_CREATED example. A comment on it differs only in its
 * body, id and author.
 */
export const RESPONSE_IN_STUDY_GROUP_THREAD: z.input<typeof DiscussionThreadData> = {
  body: 'Count me in, Saturday mornings work for me.',
  commentable_id: 'course',
  id: '65f0c3d1e4b0a1d2c3e4f601',
  truncated: false,
  url: 'https://lms.example.com/courses/course-v1:edX+DemoX+Demo_Course/discussion/forum/course/threads/65f0c2a9e4b0a1d2c3e4f567',
  user: {
    id: 4231,
    is_active: true,
    pii: { username: 'ana_garcia', email: 'ana.garcia@example.com', name: 'Ana García' },
  },
  course_id: 'course-v1:edX+DemoX+Demo_Course',
  thread_type: null,
  anonymous: false,
  anonymous_to_peers: false,
  title: null,
  title_truncated: null,
  group_id: null,
  team_id: null,
  category_id: null,
  category_name: 'General',
  discussion: { id: '65f0c2a9e4b0a1d2c3e4f567' },
  user_course_roles: [],
  user_forums_roles: ['Student'],
  options: { followed: false },
};
