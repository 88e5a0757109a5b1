/** Data classes of the enterprise domain. */
import { z } from 'zod';
import { dataClass, producerDefault } from '../model';
import { COURSE_KEY, dateTime, opaqueKey } from './keys';

export const SubsidyRedemption = dataClass(
  {
    name: 'SubsidyRedemption',
    module: 'enterprise',
    description: 'One use of an enterprise subsidy: which subsidy paid for which content, for which learner.',
    history: [
      {
        release: '9.7.0',
        summary: 'Added with SUBSIDY_REDEEMED and SUBSIDY_REDEMPTION_REVERSED, when the enterprise module came back.',
        breaking: false,
        added: {
          subsidy_identifier: z.string(),
          content_key: z.string(),
          lms_user_id: z.number().int(),
        },
      },
    ],
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
    history: [
      {
        release: '9.11.0',
        summary: 'Added as the common base of the ledger transaction and reversal classes.',
        breaking: false,
        added: {
          uuid: z.string().uuid(),
          created: dateTime(),
          modified: dateTime(),
          idempotency_key: z.string(),
          quantity: z.number().int(),
          state: z.string(),
        },
      },
    ],
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
    history: [
      {
        release: '9.11.0',
        summary: 'Added with the subsidy ledger transaction events, with the fields of BaseLedgerTransaction only.',
        breaking: false,
        added: {
          uuid: z.string().uuid(),
          created: dateTime(),
          modified: dateTime(),
          idempotency_key: z.string(),
          quantity: z.number().int(),
          state: z.string(),
        },
      },
    ],
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
    history: [
      {
        release: '9.11.0',
        summary: 'Added with the four subsidy ledger transaction events: the fields of BaseLedgerTransaction, then its own.',
        breaking: false,
        added: {
          uuid: z.string().uuid(),
          created: dateTime(),
          modified: dateTime(),
          idempotency_key: z.string(),
          quantity: z.number().int(),
          state: z.string(),
          ledger_uuid: z.string().uuid(),
          subsidy_access_policy_uuid: z.string().uuid(),
          lms_user_id: z.number().int(),
          content_key: opaqueKey(COURSE_KEY),
          parent_content_key: z.string().nullable().default(null),
          fulfillment_identifier: z.string().nullable().default(null),
          reversal: LedgerTransactionReversal.nullable().default(null),
        },
      },
    ],
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
    history: [
      {
        release: '9.12.0',
        summary: 'Added with LEARNER_CREDIT_COURSE_ENROLLMENT_REVOKED, every field required.',
        breaking: false,
        added: {
          id: z.number().int(),
          created: dateTime(),
          modified: dateTime(),
          enterprise_customer_uuid: z.string().uuid(),
          user_id: z.number().int(),
          active: z.boolean(),
          linked: z.boolean(),
          is_relinkable: z.boolean(),
          invite_key: z.string().uuid(),
          should_inactivate_other_customers: z.boolean(),
        },
      },
      {
        release: '9.14.1',
        summary:
          'The invite key became optional, null by default, as it can be empty in the edx-enterprise database; it moved after ' +
          'the required fields, as attrs requires of a field with a default. Upstream shipped this as a fix in a ' +
          'patch release, but a consumer that counted on a value can now receive null.',
        breaking: true,
        // Removed and added again: the only way the replay can move a field to its new place.
        removed: ['invite_key'],
        added: { invite_key: z.string().uuid().nullable().default(null) },
      },
    ],
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
    history: [
      {
        release: '9.12.0',
        summary: 'Added with LEARNER_CREDIT_COURSE_ENROLLMENT_REVOKED, every field required.',
        breaking: false,
        added: {
          id: z.number().int(),
          created: dateTime(),
          modified: dateTime(),
          enterprise_customer_user: EnterpriseCustomerUser,
          course_id: opaqueKey(COURSE_KEY),
          saved_for_later: z.boolean(),
          source_slug: z.string(),
          unenrolled: z.boolean(),
          unenrolled_at: dateTime(),
        },
      },
      {
        release: '9.14.1',
        summary:
          'The enrollment source and the unenrollment flag and date became optional, null by default, as they ' +
          'can be empty in the edx-enterprise database. Upstream shipped this as a fix in a patch release, but a ' +
          'consumer that counted on a value can now receive null.',
        breaking: true,
        changed: {
          source_slug: z.string().nullable().default(null),
          unenrolled: z.boolean().nullable().default(null),
          unenrolled_at: dateTime().nullable().default(null),
        },
      },
    ],
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
    history: [
      {
        release: '9.12.0',
        summary: 'Added as the common base of the enterprise fulfillment classes, every field required.',
        breaking: false,
        added: {
          uuid: z.string().uuid(),
          created: dateTime(),
          modified: dateTime(),
          fulfillment_type: z.string(),
          enterprise_course_entitlement_uuid: z.string().uuid(),
          enterprise_course_enrollment: EnterpriseCourseEnrollment,
          is_revoked: z.boolean(),
        },
      },
      {
        release: '9.14.1',
        summary:
          'The entitlement and the enrollment became optional, null by default, as they can be empty in the ' +
          'edx-enterprise database; both moved after the revocation flag, as attrs requires of fields with a default. ' +
          'Upstream shipped this as a fix in a patch release, but a consumer that counted on a value can now ' +
          'receive null.',
        breaking: true,
        // Removed and added again: the only way the replay can move fields to their new place.
        removed: ['enterprise_course_entitlement_uuid', 'enterprise_course_enrollment'],
        added: {
          enterprise_course_entitlement_uuid: z.string().uuid().nullable().default(null),
          enterprise_course_enrollment: EnterpriseCourseEnrollment.nullable().default(null),
        },
      },
    ],
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
    history: [
      {
        release: '9.12.0',
        summary:
          'Added with LEARNER_CREDIT_COURSE_ENROLLMENT_REVOKED: the fields of BaseEnterpriseFulfillment, then its own, every field required.',
        breaking: false,
        added: {
          uuid: z.string().uuid(),
          created: dateTime(),
          modified: dateTime(),
          fulfillment_type: z.string(),
          enterprise_course_entitlement_uuid: z.string().uuid(),
          enterprise_course_enrollment: EnterpriseCourseEnrollment,
          is_revoked: z.boolean(),
          transaction_id: z.string().uuid(),
        },
      },
      {
        release: '9.14.1',
        summary:
          'The entitlement, the enrollment and the ledger transaction became optional, null by default, as they ' +
          'can be empty in the edx-enterprise database; the inherited two moved after the revocation flag, as ' +
          'attrs requires of fields with a default. Upstream shipped this as a fix in a patch release, but a ' +
          'consumer that counted on a value can now receive null.',
        breaking: true,
        // Removed and added again: the only way the replay can move fields to their new place.
        removed: ['enterprise_course_entitlement_uuid', 'enterprise_course_enrollment', 'transaction_id'],
        added: {
          enterprise_course_entitlement_uuid: z.string().uuid().nullable().default(null),
          enterprise_course_enrollment: EnterpriseCourseEnrollment.nullable().default(null),
          transaction_id: z.string().uuid().nullable().default(null),
        },
      },
    ],
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
    history: [
      {
        release: '10.4.0',
        summary: 'Added with ENTERPRISE_GROUP_DELETED.',
        breaking: false,
        added: { uuid: z.string().uuid() },
      },
    ],
  },
  z.object({
    uuid: z.string().uuid().describe('The primary identifier of the enterprise group.'),
  }),
);

/** The fields of the subscription license classes (0.7.1 to 1.0.0), as upstream first declared them. */
const SUBSCRIPTION_LICENSE_FIELDS_0_7_1 = {
  license_uuid: z.string(),
  license_activation_key: z.string(),
  previous_license_uuid: z.string(),
  assigned_date: z.string(),
  activation_date: z.string(),
  assigned_email: z.string(),
  expiration_processed: z.boolean(),
  assigned_lms_user_id: z.number().int().nullable().default(null),
  auto_applied: producerDefault(z.boolean(), false),
  enterprise_customer_uuid: z.string().nullable().default(null),
  enterprise_customer_slug: z.string().nullable().default(null),
  enterprise_customer_name: z.string().nullable().default(null),
  customer_agreement_uuid: z.string().nullable().default(null),
};

/** The described fields both subscription license classes have today (their last state upstream). */
const subscriptionLicenseShape = {
  license_uuid: z.string().describe('The UUID of the license in the license manager.'),
  license_activation_key: z.string().describe('The key a learner uses to activate the license.'),
  previous_license_uuid: z.string().describe('The license this one renews, as a UUID; an empty string when it renews none.'),
  assigned_date: z
    .string()
    .describe('When the license was last assigned to a learner, as an ISO 8601 string; an empty string when it is not assigned.'),
  activation_date: z
    .string()
    .describe('When the license was last activated, as an ISO 8601 string; an empty string when it is not activated.'),
};

/** The described fields after the assigned email: both classes have them. */
const subscriptionLicenseTail = {
  expiration_processed: z.boolean().describe('Whether the subscription plan of the license has been processed as expired.'),
  assigned_lms_user_id: z
    .number()
    .int()
    .describe('The LMS user ID of the learner who holds the license, when it is activated.')
    .nullable()
    .default(null),
  auto_applied: producerDefault(z.boolean().describe('Whether the license was given to the learner automatically.'), false),
  enterprise_customer_uuid: z.string().describe('The enterprise customer that owns the subscription, as a UUID.').nullable().default(null),
  enterprise_customer_slug: z.string().describe('The short name of the enterprise customer, as used in URLs.').nullable().default(null),
  enterprise_customer_name: z.string().describe('The display name of the enterprise customer.').nullable().default(null),
  customer_agreement_uuid: z.string().describe('The customer agreement the license belongs to, as a UUID.').nullable().default(null),
};

export const LicenseLifecycle = dataClass(
  {
    name: 'LicenseLifecycle',
    module: 'enterprise',
    description:
      'A subscription license of the license manager, as the first enterprise event carried it (0.7.1 only; ' +
      'upstream renamed the class SubscriptionLicenseData in 0.8.0).',
    history: [
      {
        release: '0.7.1',
        summary: 'Added with LICENSE_CREATED, the first event of the enterprise module.',
        breaking: false,
        added: SUBSCRIPTION_LICENSE_FIELDS_0_7_1,
      },
    ],
  },
  z.object({
    ...subscriptionLicenseShape,
    assigned_email: z.string().describe('The email address the license is assigned to; an empty string when it is not assigned.'),
    ...subscriptionLicenseTail,
  }),
);

export const SubscriptionLicenseData = dataClass(
  {
    name: 'SubscriptionLicenseData',
    module: 'enterprise',
    description:
      'A subscription license of the license manager and the enterprise customer it belongs to (0.8.0 to 1.0.0; ' +
      'upstream removed it in 2.0.0).',
    history: [
      {
        release: '0.8.0',
        summary: 'Added with SUBSCRIPTION_LICENSE_MODIFIED, as the renamed LicenseLifecycle class with the same fields.',
        breaking: false,
        added: SUBSCRIPTION_LICENSE_FIELDS_0_7_1,
      },
      {
        release: '0.9.1',
        summary:
          'The assigned email address was dropped, to keep personal data off the event bus (the event was an ' + 'event-bus prototype).',
        breaking: true,
        removed: ['assigned_email'],
      },
    ],
  },
  z.object({ ...subscriptionLicenseShape, ...subscriptionLicenseTail }),
);
