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
      service: 'Enterprise Subsidy',
      trigger:
        'The subsidy service writes a reversal for a transaction (e.g. a refundable learner unenrollment) via its reverse_transaction API.',
      source: {
        url: 'https://github.com/openedx/enterprise-subsidy/blob/a756c19c0f8824405c966b1b8b50a123f3bf8b1d/enterprise_subsidy/apps/transaction/api.py#L122',
        confidence: 'read',
        note: 'Helper send_transaction_reversed_event; send_event at https://github.com/openedx/enterprise-subsidy/blob/a756c19c0f8824405c966b1b8b50a123f3bf8b1d/enterprise_subsidy/apps/core/event_bus.py#L89.',
      },
    },
    {
      repository: 'openedx/enterprise-subsidy',
      service: 'Enterprise Subsidy',
      trigger:
        "openedx-ledger's own TRANSACTION_REVERSED Django signal fires (a reversal was recorded in the ledger); the handler cancels internal/external fulfillments and then re-announces it.",
      source: {
        url: 'https://github.com/openedx/enterprise-subsidy/blob/a756c19c0f8824405c966b1b8b50a123f3bf8b1d/enterprise_subsidy/apps/transaction/signals/handlers.py#L79',
        confidence: 'read',
      },
    },
    {
      repository: 'openedx/enterprise-subsidy',
      service: 'Enterprise Subsidy',
      trigger: 'An operator runs the replay_reversal_events management command to re-emit reversal events for existing transactions.',
      source: {
        url: 'https://github.com/openedx/enterprise-subsidy/blob/a756c19c0f8824405c966b1b8b50a123f3bf8b1d/enterprise_subsidy/apps/transaction/management/commands/replay_reversal_events.py#L49',
        confidence: 'read',
      },
    },
  ],
  consumers: [
    {
      repository: 'openedx/enterprise-access',
      service: 'Enterprise Access',
      use: 'Marks the learner content assignment tied to the reversed transaction as reversed (and a linked learner credit request too), recording a reversal action.',
      kind: 'event-bus-consumer',
      source: {
        url: 'https://github.com/openedx/enterprise-access/blob/ee7d23a87e40055fee70d3dfdf6006970ddc66eb/enterprise_access/apps/content_assignments/signals.py#L55',
        confidence: 'read',
        note: 'Runs in a consume_events worker on topic enterprise-subsidies-transaction-lifecycle (devstack compose: https://github.com/openedx/enterprise-access/blob/ee7d23a87e40055fee70d3dfdf6006970ddc66eb/docker-compose.yml#L83).',
      },
    },
  ],
  busUsage: [
    {
      topic: 'enterprise-subsidies-transaction-lifecycle',
      keyField: 'ledger_transaction.uuid',
      source: {
        url: 'https://github.com/openedx/enterprise-subsidy/blob/a756c19c0f8824405c966b1b8b50a123f3bf8b1d/enterprise_subsidy/settings/base.py#L419-L424',
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
