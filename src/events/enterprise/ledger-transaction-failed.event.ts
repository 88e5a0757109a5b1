import { defineEvent } from '../model';
import { LedgerTransaction } from '../data/enterprise';
import { LEDGER_TRANSACTION_EXAMPLE, LEDGER_TRANSACTION_HISTORY } from './ledger-transaction.family';

export default defineEvent({
  signal: 'LEDGER_TRANSACTION_FAILED',
  eventType: 'org.openedx.enterprise.subsidy_ledger_transaction.failed.v1',
  description:
    'The enterprise subsidy service announces that a ledger transaction failed, for example because the ' +
    'enrollment it was to pay for could not be fulfilled. A failed transaction spends nothing.',
  producers: [
    {
      repository: 'openedx/enterprise-subsidy',
      service: 'enterprise-subsidy',
      trigger: 'A ledger transaction is marked as failed, e.g. when fulfilling the enrollment it pays for does not succeed.',
    },
  ],
  consumers: [],
  data: { ledger_transaction: LedgerTransaction },
  examples: [
    {
      ledger_transaction: {
        ...LEDGER_TRANSACTION_EXAMPLE,
        modified: '2026-02-10T14:03:33+00:00',
        state: 'failed',
      },
    },
  ],
  history: [...LEDGER_TRANSACTION_HISTORY],
});
