import { defineEvent } from '../model';
import { RoleAssignmentData } from '../data/authz';

export default defineEvent({
  signal: 'ROLE_ASSIGNMENT_DELETED',
  eventType: 'org.openedx.authz.role_assignment.deleted',
  description:
    'The Open edX authorization framework announces that a subject, usually a user, no longer holds a role ' +
    'within a scope such as a course or a content library.',
  keyField: 'user.pii.username',
  addedIn: '11.2.0',
  producers: [
    {
      repository: 'openedx/openedx-authz',
      service: 'LMS / Studio',
      trigger:
        'A role assignment is removed through openedx-authz, e.g. from the ' +
        'role administration pages reached through Studio.',
    },
  ],
  consumers: [],
  data: { role_assignment: RoleAssignmentData },
  examples: [
    {
      role_assignment: {
        operation: 'deleted',
        subject: 'user^maria_lopez',
        role: 'library_author',
        scope: 'lib:OpenedX:CSPROB',
        actor_id: null,
      },
    },
  ],
  history: [
    {
      release: '11.2.0',
      date: '2026-04-20',
      summary: 'Event added, in the new authz module, together with ROLE_ASSIGNMENT_CREATED.',
      changes: [
        { kind: 'added', field: 'role_assignment.operation' },
        { kind: 'added', field: 'role_assignment.subject' },
        { kind: 'added', field: 'role_assignment.role' },
        { kind: 'added', field: 'role_assignment.scope' },
        { kind: 'added', field: 'role_assignment.actor_id' },
      ],
      breaking: false,
    },
  ],
  exceptions: [
    {
      rule: 'event-type-pattern',
      reason:
        'The event type ends with the action `deleted` and has no major-version suffix such as `.v1`; upstream ' +
        'defined it that way when it added the authz module.',
    },
    {
      rule: 'key-field-resolves',
      reason:
        'Upstream declares `user.pii.username` as the key field, but the only data key is `role_assignment` ' +
        'and RoleAssignmentData has no user object; the user appears only inside the `subject` string.',
    },
  ],
});
