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
  keyFieldSince: '11.2.0',
  producers: [
    {
      repository: 'openedx/openedx-authz',
      service: 'LMS and Studio (openedx-authz plugin)',
      trigger:
        "A role is assigned to a subject (user) in a scope through openedx-authz's assign_role_to_subject_in_scope; sent after the DB transaction commits.",
      source: {
        url: 'https://github.com/openedx/openedx-authz/blob/e68de699d2b23f2f9a2a952f3bb8e60670859290/openedx_authz/api/roles.py#L244',
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
