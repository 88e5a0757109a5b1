import { defineEvent } from '../model';
import { LedgerTransaction } from '../data/enterprise';
import { LEDGER_TRANSACTION_EXAMPLE, LEDGER_TRANSACTION_HISTORY } from './ledger-transaction.family';

export default defineEvent({
  signal: 'LEDGER_TRANSACTION_COMMITTED',
  eventType: 'org.openedx.enterprise.subsidy_ledger_transaction.committed.v1',
  description:
    'The enterprise subsidy service announces that a ledger transaction was committed: the enrollment it pays ' +
    'for was fulfilled and the value is spent.',
  producers: [
    {
      repository: 'openedx/enterprise-subsidy',
      service: 'enterprise-subsidy',
      trigger: 'A ledger transaction is committed once the enrollment it pays for has been fulfilled.',
    },
  ],
  consumers: [],
  data: { ledger_transaction: LedgerTransaction },
  examples: [
    {
      ledger_transaction: {
        ...LEDGER_TRANSACTION_EXAMPLE,
        modified: '2026-02-10T14:03:31+00:00',
        state: 'committed',
        fulfillment_identifier: 'f2a7c9e4-1b6d-4e3a-9c8f-5d0b2a7e6c14',
      },
    },
  ],
  history: [...LEDGER_TRANSACTION_HISTORY],
});
