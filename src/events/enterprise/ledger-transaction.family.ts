/**
 * What LEDGER_TRANSACTION_CREATED, _COMMITTED, _FAILED and _REVERSED share:
 * they carry the same LedgerTransaction, and were added together.
 */
import type { z } from 'zod';
import type { HistoryEntry, NoneKnown } from '../model';
import { LedgerTransaction } from '../data/enterprise';

/**
 * The example transaction as LEDGER_TRANSACTION_CREATED shows it. The other
 * events show the same transaction later on: they spread it and override the
 * fields that changed (an overridden field keeps its place in the example).
 */
export const LEDGER_TRANSACTION_EXAMPLE = {
  uuid: '7c2e4a91-3f5b-4d8e-a6c0-1b9d2e7f4a35',
  created: '2026-02-10T14:03:27+00:00',
  modified: '2026-02-10T14:03:27+00:00',
  idempotency_key: 'ledger-8e1f-redemption-48213-course-v1:edX+DemoX+Demo_Course',
  quantity: -19900,
  state: 'created',
  ledger_uuid: 'a4d9c2b7-6e1f-4a3c-8b5d-0f2e7c9a1b63',
  subsidy_access_policy_uuid: '3b8f1d6a-9c2e-4f7b-a5d0-e6c1b4a7f928',
  lms_user_id: 48213,
  content_key: 'course-v1:edX+DemoX+Demo_Course',
  parent_content_key: 'edX+DemoX',
  fulfillment_identifier: null,
  reversal: null,
} satisfies z.input<typeof LedgerTransaction>;

/** The history of each of the four events: added together in 9.11.0, unchanged since. */
export const LEDGER_TRANSACTION_HISTORY: HistoryEntry[] = [
  {
    release: '9.11.0',
    summary: 'Event added, with the three other events about subsidy ledger transactions.',
    breaking: false,
    added: { ledger_transaction: LedgerTransaction },
  },
];

/** What was searched for a consumer of the created, committed and failed events (only the reversed one has one). */
export const NO_LEDGER_CONSUMER_KNOWN: NoneKnown = {
  searched:
    'The enterprise services (enterprise-access, enterprise-subsidy, edx-enterprise, openedx-ledger, license-manager) and the public code at large: enterprise-access reads the topic these ledger events go to, but only receives LEDGER_TRANSACTION_REVERSED.',
};
