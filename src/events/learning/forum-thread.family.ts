/**
 * What the forum events (FORUM_THREAD_CREATED, FORUM_THREAD_RESPONSE_CREATED,
 * FORUM_RESPONSE_COMMENT_CREATED) share: they all carry a DiscussionThreadData.
 */
import type { z } from 'zod';
import type { Consumer, HistoryEntry } from '../model';
import type { DiscussionThreadData } from '../data/learning';

export const FORUM_THREAD_CONSUMERS: Consumer[] = [
  {
    repository: 'eduNEXT/platform-plugin-forum-email-notifier',
    service: 'LMS plugin',
    use: 'Emails users who follow the discussion, according to their preferences.',
  },
];

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

export const FORUM_THREAD_HISTORY: HistoryEntry[] = [
  {
    release: '8.9.0',
    date: '2023-10-04',
    summary: 'Event added.',
    changes: [
      { kind: 'added', field: 'thread.anonymous' },
      { kind: 'added', field: 'thread.anonymous_to_peers' },
      { kind: 'added', field: 'thread.body' },
      { kind: 'added', field: 'thread.category_id' },
      { kind: 'added', field: 'thread.category_name' },
      { kind: 'added', field: 'thread.commentable_id' },
      { kind: 'added', field: 'thread.group_id' },
      { kind: 'added', field: 'thread.id' },
      { kind: 'added', field: 'thread.team_id' },
      { kind: 'added', field: 'thread.thread_type' },
      { kind: 'added', field: 'thread.title' },
      { kind: 'added', field: 'thread.title_truncated' },
      { kind: 'added', field: 'thread.truncated' },
      { kind: 'added', field: 'thread.url' },
      { kind: 'added', field: 'thread.user' },
      { kind: 'added', field: 'thread.course_id' },
      { kind: 'added', field: 'thread.discussion' },
      { kind: 'added', field: 'thread.user_course_roles' },
      { kind: 'added', field: 'thread.user_forums_roles' },
      { kind: 'added', field: 'thread.options' },
    ],
    breaking: false,
  },
  {
    release: '10.6.0',
    date: '2026-03-09',
    summary:
      'The thread id became a string, the fields that only some posts have became optional (null by default) and ' +
      'were moved after the required ones, and the mappings got explicit types for the event bus. Upstream did ' +
      'not flag it as breaking; the changelog files it under 10.6.0, shipped as package 11.0.0.',
    changes: [
      { kind: 'changed', field: 'thread.id', note: 'Type changed from integer to string.' },
      { kind: 'changed', field: 'thread.thread_type', note: 'Now optional, null by default.' },
      { kind: 'changed', field: 'thread.anonymous', note: 'Now optional, null by default.' },
      { kind: 'changed', field: 'thread.anonymous_to_peers', note: 'Now optional, null by default.' },
      { kind: 'changed', field: 'thread.title', note: 'Now optional, null by default.' },
      { kind: 'changed', field: 'thread.title_truncated', note: 'Now optional, null by default.' },
      { kind: 'changed', field: 'thread.group_id', note: 'Now optional, null by default.' },
      { kind: 'changed', field: 'thread.team_id', note: 'Now optional, null by default.' },
      { kind: 'changed', field: 'thread.category_id', note: 'Now optional, null by default.' },
      { kind: 'changed', field: 'thread.category_name', note: 'Now optional, null by default.' },
      {
        kind: 'changed',
        field: 'thread.discussion',
        note: 'Now a map of strings that defaults to null, instead of an untyped mapping defaulting to empty.',
      },
      { kind: 'changed', field: 'thread.options', note: 'Now typed as a map of booleans.' },
    ],
    breaking: false,
  },
];
