/**
 * What ROLE_ASSIGNMENT_CREATED and ROLE_ASSIGNMENT_DELETED share: they carry
 * the same RoleAssignmentData, and were added together.
 */
import type { HistoryEntry, RuleException } from '../model';
import { RoleAssignmentData } from '../data/authz';

/** The history entry that added the event; `sibling` is the signal of the other event added with it. */
export function roleAssignmentAdded(sibling: string): HistoryEntry {
  return {
    release: '11.2.0',
    summary: `Event added, in the new authz module, together with ${sibling}.`,
    breaking: false,
    added: { role_assignment: RoleAssignmentData },
  };
}

/** The event type ends with `action` (`created`, `deleted`) and has no version suffix. */
export function noVersionSuffixException(action: string): RuleException {
  return {
    rule: 'event-type-pattern',
    reason:
      `The event type ends with the action \`${action}\` and has no major-version suffix such as \`.v1\`; upstream ` +
      'defined it that way when it added the authz module.',
  };
}

export const ROLE_ASSIGNMENT_KEY_FIELD_EXCEPTION: RuleException = {
  rule: 'key-field-resolves',
  reason:
    'Upstream declares `user.pii.username` as the key field, but the only data key is `role_assignment` ' +
    'and RoleAssignmentData has no user object; the user appears only inside the `subject` string.',
};
