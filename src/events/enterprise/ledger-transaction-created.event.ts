import { defineEvent } from '../model';
import { LedgerTransaction } from '../data/enterprise';
import { LEDGER_TRANSACTION_EXAMPLE, LEDGER_TRANSACTION_HISTORY } from './ledger-transaction.family';

export default defineEvent({
  signal: 'LEDGER_TRANSACTION_CREATED',
  eventType: 'org.openedx.enterprise.subsidy_ledger_transaction.created.v1',
  description:
    'The enterprise subsidy service announces that a new transaction was written to a subsidy ledger, typically ' +
    'to pay for a learner enrollment with learner credit. The transaction is not final until it is committed.',
  producers: [
    {
      repository: 'openedx/enterprise-subsidy',
      service: 'enterprise-subsidy',
      trigger: 'A transaction is created in a subsidy ledger, e.g. when a learner redeems learner credit for a course.',
    },
  ],
  consumers: [],
  data: { ledger_transaction: LedgerTransaction },
  examples: [{ ledger_transaction: LEDGER_TRANSACTION_EXAMPLE }],
  history: [...LEDGER_TRANSACTION_HISTORY],
});
