/** Data classes of the enterprise domain. */
import { z } from 'zod';
import { dataClass } from '../model';
import { COURSE_KEY, dateTime, opaqueKey } from './keys';

export const SubsidyRedemption = dataClass(
  {
    name: 'SubsidyRedemption',
    module: 'enterprise',
    description: 'One use of an enterprise subsidy: which subsidy paid for which content, for which learner.',
  },
  z.object({
    subsidy_identifier: z
      .string()
      .describe('Identifies the subsidy that was applied, so a consumer can look it up in the subsidy service.'),
    content_key: z.string().describe('The course or course run the subsidy paid for, as a key string.'),
    lms_user_id: z.number().int().describe('The LMS user ID of the learner who benefits from the subsidy.'),
  }),
);

export const BaseLedgerTransaction = dataClass(
  {
    name: 'BaseLedgerTransaction',
    module: 'enterprise',
    description: 'The fields every record of an enterprise subsidy ledger shares.',
  },
  z.object({
    uuid: z.string().uuid().describe('The primary identifier of the ledger record.'),
    created: dateTime('When the record was created.'),
    modified: dateTime('When the record was last changed.'),
    idempotency_key: z
      .string()
      .describe(
        'A unique value chosen by the client that wrote the record, so that repeating the same request does not ' +
          'create a second record.',
      ),
    quantity: z
      .number()
      .int()
      .describe('How much value the record moves, in the ledger unit (for example US cents); negative when value is spent.'),
    state: z.string().describe('Where the record is in its lifecycle: `created`, `pending`, `committed` or `failed`.'),
  }),
);

export const LedgerTransactionReversal = dataClass(
  {
    name: 'LedgerTransactionReversal',
    module: 'enterprise',
    description:
      'A reversal in an enterprise subsidy ledger: a record that undoes a transaction, e.g. after an unenrollment ' +
      'or a refund of a subsidized enrollment.',
  },
  z.object({ ...BaseLedgerTransaction.shape }),
);

export const LedgerTransaction = dataClass(
  {
    name: 'LedgerTransaction',
    module: 'enterprise',
    description:
      'A transaction in an enterprise subsidy ledger: value moving into or out of the ledger, mostly to pay for a ' +
      'subsidized enrollment.',
  },
  z.object({
    ...BaseLedgerTransaction.shape,
    ledger_uuid: z.string().uuid().describe('The ledger the transaction belongs to.'),
    subsidy_access_policy_uuid: z.string().uuid().describe('The subsidy access policy under which the transaction was made.'),
    lms_user_id: z.number().int().describe('The LMS user ID of the learner the transaction is for.'),
    content_key: opaqueKey(COURSE_KEY, 'The course run the transaction pays for.'),
    parent_content_key: z
      .string()
      .describe('The course (not run) key that the course run belongs to, e.g. `edX+DemoX`, when known.')
      .nullable()
      .default(null),
    fulfillment_identifier: z
      .string()
      .describe('Identifies the subsidized enrollment record created for the learner when they enrolled, when there is one.')
      .nullable()
      .default(null),
    reversal: LedgerTransactionReversal.nullable().default(null),
  }),
);

export const EnterpriseCustomerUser = dataClass(
  {
    name: 'EnterpriseCustomerUser',
    module: 'enterprise',
    description: 'The link between an LMS user and an enterprise customer (an enterprise learner).',
  },
  z.object({
    id: z.number().int().describe('The primary key of the record in edx-enterprise.'),
    created: dateTime('When the record was created.'),
    modified: dateTime('When the record was last changed.'),
    enterprise_customer_uuid: z.string().uuid().describe('The enterprise customer the user is linked to.'),
    user_id: z.number().int().describe('The LMS user ID of the learner.'),
    active: z
      .boolean()
      .describe('Whether this is the enterprise customer currently selected for the user, among those they are linked to.'),
    linked: z.boolean().describe('Whether the user is still linked to the enterprise customer.'),
    is_relinkable: z.boolean().describe('Whether the user may be linked to the enterprise customer again after being unlinked.'),
    should_inactivate_other_customers: z
      .boolean()
      .describe('Whether saving this record as active should mark the other enterprise customers of the user as inactive.'),
    invite_key: z
      .string()
      .uuid()
      .describe('The invite key through which the learner joined the enterprise, when there was one.')
      .nullable()
      .default(null),
  }),
);

export const EnterpriseCourseEnrollment = dataClass(
  {
    name: 'EnterpriseCourseEnrollment',
    module: 'enterprise',
    description: 'An enterprise learner enrolled in a course run through their enterprise.',
  },
  z.object({
    id: z.number().int().describe('The primary key of the record in edx-enterprise.'),
    created: dateTime('When the record was created.'),
    modified: dateTime('When the record was last changed.'),
    enterprise_customer_user: EnterpriseCustomerUser,
    course_id: opaqueKey(COURSE_KEY, 'The course run the learner is enrolled in.'),
    saved_for_later: z.boolean().describe('Whether the learner moved the course to the "saved for later" list of the learner portal.'),
    source_slug: z
      .string()
      .describe('What created the enrollment, e.g. `enrollment_task` or `management_command`, when recorded.')
      .nullable()
      .default(null),
    unenrolled: z
      .boolean()
      .describe('Whether the matching LMS course enrollment has been unenrolled, when known.')
      .nullable()
      .default(null),
    unenrolled_at: dateTime('When the matching LMS course enrollment was unenrolled, if it was.').nullable().default(null),
  }),
);

export const BaseEnterpriseFulfillment = dataClass(
  {
    name: 'BaseEnterpriseFulfillment',
    module: 'enterprise',
    description: 'The fields every enterprise fulfillment shares: how an enterprise subsidy paid for a course.',
  },
  z.object({
    uuid: z.string().uuid().describe('The primary identifier of the fulfillment record.'),
    created: dateTime('When the record was created.'),
    modified: dateTime('When the record was last changed.'),
    fulfillment_type: z.string().describe('The kind of subsidy that paid: typically `license`, `learner_credit` or `coupon_code`.'),
    is_revoked: z
      .boolean()
      .describe('Whether the fulfillment has been revoked, e.g. because the learner unenrolled or lost their license.'),
    enterprise_course_entitlement_uuid: z
      .string()
      .uuid()
      .describe('The enterprise course entitlement the subsidy paid for, when it paid for an entitlement.')
      .nullable()
      .default(null),
    enterprise_course_enrollment: EnterpriseCourseEnrollment.nullable().default(null),
  }),
);

export const LearnerCreditEnterpriseCourseEnrollment = dataClass(
  {
    name: 'LearnerCreditEnterpriseCourseEnrollment',
    module: 'enterprise',
    description: 'An enterprise fulfillment paid for with learner credit, linked to the ledger transaction that paid.',
  },
  z.object({
    ...BaseEnterpriseFulfillment.shape,
    transaction_id: z
      .string()
      .uuid()
      .describe('The subsidy ledger transaction that paid for the enrollment, when known.')
      .nullable()
      .default(null),
  }),
);

export const EnterpriseGroup = dataClass(
  {
    name: 'EnterpriseGroup',
    module: 'enterprise',
    description: 'Identifies a group of learners within an enterprise customer.',
  },
  z.object({
    uuid: z.string().uuid().describe('The primary identifier of the enterprise group.'),
  }),
);
