import { defineEvent } from '../model';
import { RoleAssignmentData } from '../data/authz';
import { ROLE_ASSIGNMENT_KEY_FIELD_EXCEPTION, noVersionSuffixException, roleAssignmentAdded } from './role-assignment.family';

export default defineEvent({
  signal: 'ROLE_ASSIGNMENT_CREATED',
  eventType: 'org.openedx.authz.role_assignment.created',
  description:
    'The Open edX authorization framework announces that a subject, usually a user, was given a role within a ' +
    'scope such as a course or a content library.',
  keyField: 'user.pii.username',
  producers: [
    {
      repository: 'openedx/openedx-authz',
      service: 'LMS / Studio',
      trigger:
        'A role is assigned to a subject through openedx-authz, e.g. from the ' + 'role administration pages reached through Studio.',
    },
  ],
  consumers: [],
  data: { role_assignment: RoleAssignmentData },
  examples: [
    {
      role_assignment: {
        operation: 'created',
        subject: 'user^maria_lopez',
        role: 'library_author',
        scope: 'lib:OpenedX:CSPROB',
        actor_id: 3,
      },
    },
  ],
  history: [roleAssignmentAdded('ROLE_ASSIGNMENT_DELETED')],
  exceptions: [noVersionSuffixException('created'), ROLE_ASSIGNMENT_KEY_FIELD_EXCEPTION],
});
