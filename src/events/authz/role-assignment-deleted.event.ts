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
  keyFieldSince: '11.2.0',
  producers: [
    {
      repository: 'openedx/openedx-authz',
      service: 'LMS and Studio (openedx-authz plugin)',
      trigger:
        'A role assignment is removed through unassign_role_from_subject_in_scope and the removal succeeded; sent after the DB transaction commits.',
      source: {
        url: 'https://github.com/openedx/openedx-authz/blob/e68de699d2b23f2f9a2a952f3bb8e60670859290/openedx_authz/api/roles.py#L295',
        confidence: 'read',
        note: 'openedx-authz registers as both an lms.djangoapp and a cms.djangoapp plugin.',
      },
    },
  ],
  consumers: [
    {
      repository: 'openedx/openedx-authz',
      service: 'LMS and Studio (openedx-authz plugin)',
      use: 'Writes a RoleAssignmentAudit row (operation, subject, role, scope, actor, event time) for every assignment change.',
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/openedx/openedx-authz/blob/e68de699d2b23f2f9a2a952f3bb8e60670859290/openedx_authz/handlers.py#L359-L360',
        confidence: 'read',
      },
    },
  ],
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
