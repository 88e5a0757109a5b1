import { defineEvent } from '../model';
import { LedgerTransaction } from '../data/enterprise';
import { LEDGER_TRANSACTION_EXAMPLE, LEDGER_TRANSACTION_HISTORY, NO_LEDGER_CONSUMER_KNOWN } from './ledger-transaction.family';

export default defineEvent({
  signal: 'LEDGER_TRANSACTION_CREATED',
  eventType: 'org.openedx.enterprise.subsidy_ledger_transaction.created.v1',
  description:
    'The enterprise subsidy service announces that a new transaction was written to a subsidy ledger, typically ' +
    'to pay for a learner enrollment with learner credit. The transaction is not final until it is committed.',
  producers: [
    {
      repository: 'openedx/enterprise-subsidy',
      service: 'Enterprise Subsidy',
      trigger: "A subsidy creates a new ledger transaction in the 'created' state (the first step of a redemption).",
      source: {
        url: 'https://github.com/openedx/enterprise-subsidy/blob/a756c19c0f8824405c966b1b8b50a123f3bf8b1d/enterprise_subsidy/apps/subsidy/models.py#L404',
        confidence: 'read',
        note: 'Calls a helper in enterprise_subsidy/apps/core/event_bus.py whose send_event call is at https://github.com/openedx/enterprise-subsidy/blob/a756c19c0f8824405c966b1b8b50a123f3bf8b1d/enterprise_subsidy/apps/core/event_bus.py#L53.',
      },
    },
  ],
  consumers: [],
  noConsumerKnown: NO_LEDGER_CONSUMER_KNOWN,
  busUsage: [
    {
      topic: 'enterprise-subsidies-transaction-lifecycle',
      keyField: 'ledger_transaction.uuid',
      source: {
        url: 'https://github.com/openedx/enterprise-subsidy/blob/a756c19c0f8824405c966b1b8b50a123f3bf8b1d/enterprise_subsidy/settings/base.py#L401-L406',
        confidence: 'read',
      },
    },
    {
      topic: 'enterprise-subsidies-transaction-lifecycle',
      source: {
        url: 'https://github.com/openedx/enterprise-subsidy/blob/a756c19c0f8824405c966b1b8b50a123f3bf8b1d/enterprise_subsidy/settings/devstack.py#L92-L95',
        confidence: 'read',
      },
    },
    {
      topic: 'enterprise-subsidies-transaction-lifecycle',
      source: {
        url: 'https://github.com/openedx/enterprise-subsidy/blob/a756c19c0f8824405c966b1b8b50a123f3bf8b1d/enterprise_subsidy/settings/test.py#L34-L37',
        confidence: 'read',
      },
    },
  ],
  data: { ledger_transaction: LedgerTransaction },
  examples: [{ ledger_transaction: LEDGER_TRANSACTION_EXAMPLE }],
  history: [...LEDGER_TRANSACTION_HISTORY],
});
