import { defineEvent } from '../model';
import { DiscussionThreadData } from '../data/learning';

export default defineEvent({
  signal: 'FORUM_THREAD_CREATED',
  eventType: 'org.openedx.learning.forum.thread.created.v1',
  description:
    'A learner or staff member started a new thread (a discussion or a question) in a course forum. Until release ' +
    '9.15.1 its event type was `org.openedx.learning.thread.created.v1`.',
  addedIn: '8.9.0',
  producers: [
    {
      repository: 'openedx/edx-platform',
      service: 'LMS',
      trigger: 'A new thread is posted in a course discussion forum.',
    },
  ],
  consumers: [
    {
      repository: 'eduNEXT/platform-plugin-forum-email-notifier',
      service: 'LMS plugin',
      use: 'Emails users who follow the discussion, according to their preferences.',
    },
  ],
  data: { thread: DiscussionThreadData },
  examples: [
    {
      thread: {
        body: 'Is anyone forming a study group for week 2? Happy to meet on weekends.',
        commentable_id: 'course',
        id: '65f0c2a9e4b0a1d2c3e4f567',
        truncated: false,
        url:
          'https://lms.example.com/courses/course-v1:edX+DemoX+Demo_Course/discussion/forum/course/threads/65f0c2a9e4b0a1d2c3e4f567',
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
  ],
});
