import { defineEvent } from '../model';
import { LedgerTransaction } from '../data/enterprise';
import { LEDGER_TRANSACTION_EXAMPLE, LEDGER_TRANSACTION_HISTORY, NO_LEDGER_CONSUMER_KNOWN } from './ledger-transaction.family';

export default defineEvent({
  signal: 'LEDGER_TRANSACTION_FAILED',
  eventType: 'org.openedx.enterprise.subsidy_ledger_transaction.failed.v1',
  description:
    'The enterprise subsidy service announces that a ledger transaction failed, for example because the ' +
    'enrollment it was to pay for could not be fulfilled. A failed transaction spends nothing.',
  producers: [
    {
      repository: 'openedx/enterprise-subsidy',
      service: 'Enterprise Subsidy',
      trigger:
        "A ledger transaction is rolled back to the 'failed' state (after trying to cancel any external fulfillment) when redemption goes wrong.",
      source: {
        url: 'https://github.com/openedx/enterprise-subsidy/blob/a756c19c0f8824405c966b1b8b50a123f3bf8b1d/enterprise_subsidy/apps/subsidy/models.py#L474',
        confidence: 'read',
        note: 'Calls a helper in enterprise_subsidy/apps/core/event_bus.py whose send_event call is at https://github.com/openedx/enterprise-subsidy/blob/a756c19c0f8824405c966b1b8b50a123f3bf8b1d/enterprise_subsidy/apps/core/event_bus.py#L77.',
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
        url: 'https://github.com/openedx/enterprise-subsidy/blob/a756c19c0f8824405c966b1b8b50a123f3bf8b1d/enterprise_subsidy/settings/base.py#L413-L418',
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
