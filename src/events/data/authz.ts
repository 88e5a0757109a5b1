/** Data classes of the authz domain. */
import { z } from 'zod';
import { dataClass } from '../model';

export const RoleAssignmentData = dataClass(
  {
    name: 'RoleAssignmentData',
    module: 'authz',
    description: 'A role held by a subject (such as a user) within a scope (such as a course or a library).',
    history: [
      {
        release: '11.2.0',
        summary: 'Added with ROLE_ASSIGNMENT_CREATED and ROLE_ASSIGNMENT_DELETED, in the new authz module.',
        breaking: false,
        added: {
          operation: z.string(),
          subject: z.string(),
          role: z.string(),
          scope: z.string(),
          actor_id: z.number().int().nullable().default(null),
        },
      },
    ],
  },
  z.object({
    operation: z.string().describe('What happened to the assignment, e.g. `created` or `deleted`.'),
    subject: z.string().describe('Who holds the role, written as a namespaced identifier, e.g. `user^john_doe` for a user.'),
    role: z.string().describe('The name of the role, e.g. `course_admin` or `library_author`.'),
    scope: z.string().describe('Where the role applies, usually the key of a course or library, e.g. `course-v1:edX+DemoX+Demo_Course`.'),
    actor_id: z
      .number()
      .int()
      .describe('The user ID of the person who made the change, when the sender knows it.')
      .nullable()
      .default(null),
  }),
);
