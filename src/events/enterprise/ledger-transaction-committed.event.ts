import { defineEvent } from '../model';
import { LedgerTransaction } from '../data/enterprise';
import { LEDGER_TRANSACTION_EXAMPLE, LEDGER_TRANSACTION_HISTORY, NO_LEDGER_CONSUMER_KNOWN } from './ledger-transaction.family';

export default defineEvent({
  signal: 'LEDGER_TRANSACTION_COMMITTED',
  eventType: 'org.openedx.enterprise.subsidy_ledger_transaction.committed.v1',
  description:
    'The enterprise subsidy service announces that a ledger transaction was committed: the enrollment it pays ' +
    'for was fulfilled and the value is spent.',
  producers: [
    {
      repository: 'openedx/enterprise-subsidy',
      service: 'Enterprise Subsidy',
      trigger:
        "A pending ledger transaction is finalised (fulfillment identifier stored, state moved to 'committed') after the enrollment succeeds.",
      source: {
        url: 'https://github.com/openedx/enterprise-subsidy/blob/a756c19c0f8824405c966b1b8b50a123f3bf8b1d/enterprise_subsidy/apps/subsidy/models.py#L426',
        confidence: 'read',
        note: 'Calls a helper in enterprise_subsidy/apps/core/event_bus.py whose send_event call is at https://github.com/openedx/enterprise-subsidy/blob/a756c19c0f8824405c966b1b8b50a123f3bf8b1d/enterprise_subsidy/apps/core/event_bus.py#L65.',
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
        url: 'https://github.com/openedx/enterprise-subsidy/blob/a756c19c0f8824405c966b1b8b50a123f3bf8b1d/enterprise_subsidy/settings/base.py#L407-L412',
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
        modified: '2026-02-10T14:03:31+00:00',
        state: 'committed',
        fulfillment_identifier: 'f2a7c9e4-1b6d-4e3a-9c8f-5d0b2a7e6c14',
      },
    },
  ],
  history: [...LEDGER_TRANSACTION_HISTORY],
});
