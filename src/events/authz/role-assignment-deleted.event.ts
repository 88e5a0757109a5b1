import { defineEvent } from '../model';
import { RoleAssignmentData } from '../data/authz';
import { ROLE_ASSIGNMENT_KEY_FIELD_EXCEPTION, noVersionSuffixException, roleAssignmentAdded } from './role-assignment.family';

export default defineEvent({
  signal: 'ROLE_ASSIGNMENT_DELETED',
  eventType: 'org.openedx.authz.role_assignment.deleted',
  description:
    'The Open edX authorization framework announces that a subject, usually a user, no longer holds a role ' +
    'within a scope such as a course or a content library.',
  keyField: 'user.pii.username',
  producers: [
    {
      repository: 'openedx/openedx-authz',
      service: 'LMS / Studio',
      trigger: 'A role assignment is removed through openedx-authz, e.g. from the ' + 'role administration pages reached through Studio.',
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
  history: [roleAssignmentAdded('ROLE_ASSIGNMENT_CREATED')],
  exceptions: [noVersionSuffixException('deleted'), ROLE_ASSIGNMENT_KEY_FIELD_EXCEPTION],
});
