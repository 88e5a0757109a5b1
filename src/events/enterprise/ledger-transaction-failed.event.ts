import { defineEvent } from '../model';
import { LedgerTransaction } from '../data/enterprise';

export default defineEvent({
  signal: 'LEDGER_TRANSACTION_FAILED',
  eventType: 'org.openedx.enterprise.subsidy_ledger_transaction.failed.v1',
  description:
    'The enterprise subsidy service announces that a ledger transaction failed, for example because the ' +
    'enrollment it was to pay for could not be fulfilled. A failed transaction spends nothing.',
  addedIn: '9.11.0',
  producers: [
    {
      repository: 'openedx/enterprise-subsidy',
      service: 'enterprise-subsidy',
      trigger:
        'A ledger transaction is marked as failed, e.g. when fulfilling the enrollment it pays for does not succeed.',
    },
  ],
  consumers: [],
  data: { ledger_transaction: LedgerTransaction },
  examples: [
    {
      ledger_transaction: {
        uuid: '7c2e4a91-3f5b-4d8e-a6c0-1b9d2e7f4a35',
        created: '2026-02-10T14:03:27Z',
        modified: '2026-02-10T14:03:33Z',
        idempotency_key: 'ledger-8e1f-redemption-48213-course-v1:edX+DemoX+Demo_Course',
        quantity: -19900,
        state: 'failed',
        ledger_uuid: 'a4d9c2b7-6e1f-4a3c-8b5d-0f2e7c9a1b63',
        subsidy_access_policy_uuid: '3b8f1d6a-9c2e-4f7b-a5d0-e6c1b4a7f928',
        lms_user_id: 48213,
        content_key: 'course-v1:edX+DemoX+Demo_Course',
        parent_content_key: 'edX+DemoX',
        fulfillment_identifier: null,
        reversal: null,
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
