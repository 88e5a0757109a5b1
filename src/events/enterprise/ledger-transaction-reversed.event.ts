import { defineEvent } from '../model';
import { LedgerTransaction } from '../data/enterprise';
import { LEDGER_TRANSACTION_EXAMPLE, LEDGER_TRANSACTION_HISTORY } from './ledger-transaction.family';

export default defineEvent({
  signal: 'LEDGER_TRANSACTION_REVERSED',
  eventType: 'org.openedx.enterprise.subsidy_ledger_transaction.reversed.v1',
  description:
    'The enterprise subsidy service announces that a committed ledger transaction was reversed, for example ' +
    'after a refundable unenrollment, so its value returns to the ledger. The payload carries the reversal.',
  producers: [
    {
      repository: 'openedx/enterprise-subsidy',
      service: 'enterprise-subsidy',
      trigger: 'A reversal is written for a committed ledger transaction, e.g. after the learner unenrolls within the ' + 'refund period.',
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
        ...LEDGER_TRANSACTION_EXAMPLE,
        modified: '2026-02-24T09:15:02+00:00',
        state: 'committed',
        fulfillment_identifier: 'f2a7c9e4-1b6d-4e3a-9c8f-5d0b2a7e6c14',
        reversal: {
          uuid: '9e5b3c17-4a2d-4f8e-b1c6-7d0a9f3e2b58',
          created: '2026-02-24T09:15:02+00:00',
          modified: '2026-02-24T09:15:02+00:00',
          idempotency_key: 'ledger-8e1f-reversal-7c2e4a91',
          quantity: 19900,
          state: 'committed',
        },
      },
    },
  ],
  history: [...LEDGER_TRANSACTION_HISTORY],
});
