import { defineEvent } from '../model';
import { SubsidyRedemption } from '../data/enterprise';
import { SUBSIDY_REDEMPTION_EXAMPLE, subsidyRedemptionAdded } from './subsidy-redemption.family';

export default defineEvent({
  signal: 'SUBSIDY_REDEMPTION_REVERSED',
  eventType: 'org.openedx.enterprise.subsidy.redemption-reversed.v1',
  description:
    'Announces that an earlier use of an enterprise subsidy was undone, so the value returns to the subsidy. ' +
    'Upstream flags the event as not used by any Open edX service, and its future is under discussion.',
  producers: [
    {
      repository: 'openedx/enterprise-subsidy',
      service: 'Enterprise Subsidy',
      trigger:
        "openedx-ledger's TRANSACTION_REVERSED Django signal fires and the platform enrollment is cancelled; the handler then announced the reversed redemption (policy, content key, learner).",
      source: {
        url: 'https://github.com/openedx/enterprise-subsidy/blob/c38bcfffdf7a907576758f2454a2ea03b1668cc3/enterprise_subsidy/apps/transaction/signals/handlers.py#L38',
        confidence: 'read',
        note: 'Only on the unmerged branch iahmad/ENT-8487 (Apr 2024); main uses LEDGER_TRANSACTION_REVERSED at the same spot instead.',
      },
    },
  ],
  consumers: [
    {
      repository: 'openedx/enterprise-access',
      service: 'Enterprise Access',
      use: "Looked up the learner's content assignment under the policy and marked it reversed.",
      kind: 'event-bus-consumer',
      source: {
        url: 'https://github.com/openedx/enterprise-access/blob/234b8a4775f68587a14a473da31b544960cef72d/enterprise_access/apps/content_assignments/signals.py#L44',
        confidence: 'read',
        note: "Only on the unmerged branch iahmad/ENT-8487 (Apr 2024); main's receiver listens to LEDGER_TRANSACTION_REVERSED instead. No consume_events topic shown on that branch for it.",
      },
    },
  ],
  data: { redemption: SubsidyRedemption },
  examples: [{ redemption: SUBSIDY_REDEMPTION_EXAMPLE }],
  history: [subsidyRedemptionAdded('SUBSIDY_REDEEMED')],
  exceptions: [
    {
      rule: 'event-type-pattern',
      reason:
        'The action segment `redemption-reversed` contains a hyphen, where the naming convention allows only ' +
        'lower-case letters, digits and underscores (e.g. `redemption_reversed`).',
    },
  ],
});
