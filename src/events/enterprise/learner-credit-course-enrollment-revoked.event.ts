import { defineEvent } from '../model';
import { LearnerCreditEnterpriseCourseEnrollment } from '../data/enterprise';

export default defineEvent({
  signal: 'LEARNER_CREDIT_COURSE_ENROLLMENT_REVOKED',
  eventType: 'org.openedx.enterprise.learner_credit_course_enrollment.revoked.v1',
  description:
    'edx-enterprise announces that an enterprise enrollment paid for with learner credit was revoked, most often ' +
    'because the learner unenrolled from the course. Consumers use it to give the credit back by reversing the ' +
    'ledger transaction that paid for it.',
  producers: [
    {
      repository: 'openedx/edx-enterprise',
      service: 'LMS (edx-enterprise plugin)',
      trigger:
        'A learner-credit enterprise fulfillment (LearnerCreditEnterpriseCourseEnrollment) is revoked, e.g. when the learner unenrolls.',
      source: {
        url: 'https://github.com/openedx/edx-enterprise/blob/06d3340eeb51f10e18a73b200e76690249509702/enterprise/models.py#L2500',
        confidence: 'read',
        note: 'Helper send_learner_credit_course_enrollment_revoked_event; send_event at https://github.com/openedx/edx-enterprise/blob/06d3340eeb51f10e18a73b200e76690249509702/enterprise/event_bus.py#L68.',
      },
    },
  ],
  consumers: [
    {
      repository: 'openedx/enterprise-subsidy',
      service: 'Enterprise Subsidy',
      use: 'If ENABLE_HANDLE_LC_ENROLLMENT_REVOKED is on, cancels external fulfillments and, when still refundable, writes a reversal of the matching ledger transaction.',
      kind: 'event-bus-consumer',
      source: {
        url: 'https://github.com/openedx/enterprise-subsidy/blob/a756c19c0f8824405c966b1b8b50a123f3bf8b1d/enterprise_subsidy/apps/transaction/signals/handlers.py#L86',
        confidence: 'read',
        note: 'Devstack runs consume_events -t learner-credit-course-enrollment-lifecycle: https://github.com/openedx/enterprise-subsidy/blob/a756c19c0f8824405c966b1b8b50a123f3bf8b1d/docker-compose.yml#L49. The handler is off by default (ENABLE_HANDLE_LC_ENROLLMENT_REVOKED = False, https://github.com/openedx/enterprise-subsidy/blob/a756c19c0f8824405c966b1b8b50a123f3bf8b1d/enterprise_subsidy/settings/base.py#L431).',
      },
    },
  ],
  busUsage: [
    {
      topic: 'learner-credit-course-enrollment-lifecycle',
      keyField: 'learner_credit_course_enrollment.uuid',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/3e3055f2201259f67c16bde53792ff48b5ac8c04/lms/envs/common.py#L3096',
        confidence: 'read',
      },
    },
    {
      topic: 'learner-credit-course-enrollment-lifecycle',
      keyField: 'learner_credit_course_enrollment.uuid',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/82812c423820f7776c728d69668b27d76575f456/lms/envs/devstack.py',
        confidence: 'excerpt',
      },
    },
    {
      topic: 'learner-credit-course-enrollment-lifecycle',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/82812c423820f7776c728d69668b27d76575f456/lms/envs/devstack.py',
        confidence: 'excerpt',
      },
    },
  ],
  data: { learner_credit_course_enrollment: LearnerCreditEnterpriseCourseEnrollment },
  examples: [
    {
      learner_credit_course_enrollment: {
        uuid: 'f2a7c9e4-1b6d-4e3a-9c8f-5d0b2a7e6c14',
        created: '2026-02-10T14:03:30+00:00',
        modified: '2026-02-24T09:14:58+00:00',
        fulfillment_type: 'learner_credit',
        is_revoked: true,
        enterprise_course_entitlement_uuid: null,
        enterprise_course_enrollment: {
          id: 731904,
          created: '2026-02-10T14:03:30+00:00',
          modified: '2026-02-24T09:14:58+00:00',
          enterprise_customer_user: {
            id: 260417,
            created: '2025-09-01T08:22:11+00:00',
            modified: '2026-01-15T10:05:43+00:00',
            enterprise_customer_uuid: '6d1e8b3f-2a4c-4b9e-8f7a-c5d0e3b1a926',
            user_id: 48213,
            active: true,
            linked: true,
            is_relinkable: true,
            should_inactivate_other_customers: false,
            invite_key: null,
          },
          course_id: 'course-v1:edX+DemoX+Demo_Course',
          saved_for_later: false,
          source_slug: 'customer_admin',
          unenrolled: true,
          unenrolled_at: '2026-02-24T09:14:57+00:00',
        },
        transaction_id: '7c2e4a91-3f5b-4d8e-a6c0-1b9d2e7f4a35',
      },
    },
  ],
  history: [
    {
      release: '9.12.0',
      summary: 'Event added, with every field of the enrollment required.',
      breaking: false,
      added: { learner_credit_course_enrollment: LearnerCreditEnterpriseCourseEnrollment },
    },
  ],
});
