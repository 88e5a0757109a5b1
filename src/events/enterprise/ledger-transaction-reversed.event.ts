import { defineEvent } from '../model';
import { LedgerTransaction } from '../data/enterprise';

export default defineEvent({
  signal: 'LEDGER_TRANSACTION_REVERSED',
  eventType: 'org.openedx.enterprise.subsidy_ledger_transaction.reversed.v1',
  description:
    'The enterprise subsidy service announces that a committed ledger transaction was reversed, for example ' +
    'after a refundable unenrollment, so its value returns to the ledger. The payload carries the reversal.',
  addedIn: '9.11.0',
  producers: [
    {
      repository: 'openedx/enterprise-subsidy',
      service: 'enterprise-subsidy',
      trigger:
        'A reversal is written for a committed ledger transaction, e.g. after the learner unenrolls within the ' +
        'refund period.',
    },
  ],
  consumers: [
    {
      repository: 'openedx/enterprise-access',
      service: 'enterprise-access',
      use: 'Marks the learner content assignment paid for by the transaction as reversed, when its state allows it.',
    },
  ],
  data: { ledger_transaction: LedgerTransaction },
  examples: [
    {
      ledger_transaction: {
        uuid: '7c2e4a91-3f5b-4d8e-a6c0-1b9d2e7f4a35',
        created: '2026-02-10T14:03:27Z',
        modified: '2026-02-24T09:15:02Z',
        idempotency_key: 'ledger-8e1f-redemption-48213-course-v1:edX+DemoX+Demo_Course',
        quantity: -19900,
        state: 'committed',
        ledger_uuid: 'a4d9c2b7-6e1f-4a3c-8b5d-0f2e7c9a1b63',
        subsidy_access_policy_uuid: '3b8f1d6a-9c2e-4f7b-a5d0-e6c1b4a7f928',
        lms_user_id: 48213,
        content_key: 'course-v1:edX+DemoX+Demo_Course',
        parent_content_key: 'edX+DemoX',
        fulfillment_identifier: 'f2a7c9e4-1b6d-4e3a-9c8f-5d0b2a7e6c14',
        reversal: {
          uuid: '9e5b3c17-4a2d-4f8e-b1c6-7d0a9f3e2b58',
          created: '2026-02-24T09:15:02Z',
          modified: '2026-02-24T09:15:02Z',
          idempotency_key: 'ledger-8e1f-reversal-7c2e4a91',
          quantity: 19900,
          state: 'committed',
        },
      },
    },
  ],
  history: [
    {
      release: '9.11.0',
      date: '2024-05-15',
      summary: 'Event added, with the three other events about subsidy ledger transactions.',
      changes: [{ kind: 'added', field: 'ledger_transaction' }],
      breaking: false,
    },
  ],
});
