import { defineEvent } from '../model';
import { SubsidyRedemption } from '../data/enterprise';
import { SUBSIDY_REDEMPTION_EXAMPLE, subsidyRedemptionAdded } from './subsidy-redemption.family';

export default defineEvent({
  signal: 'SUBSIDY_REDEEMED',
  eventType: 'org.openedx.enterprise.subsidy.redeemed.v1',
  description:
    'Announces that an enterprise subsidy was used to pay for content on behalf of a learner. Upstream flags the ' +
    'event as not used by any Open edX service, and its future is under discussion.',
  producers: [],
  consumers: [],
  noProducerKnown: {
    searched:
      'The enterprise services (enterprise-access, enterprise-subsidy, edx-enterprise, openedx-ledger, license-manager) and the public code at large: nothing imports this signal. enterprise-access has a local signal of the same Python name with another event type, which it never sends through openedx-events.',
  },
  noConsumerKnown: {
    searched:
      'The enterprise services (enterprise-access, enterprise-subsidy, edx-enterprise, openedx-ledger, license-manager) and the public code at large: nothing imports this signal. enterprise-access has a local signal of the same Python name with another event type, which it never sends through openedx-events.',
  },
  busUsage: [
    {
      topic: 'subsidy-redemption',
      source: {
        url: 'https://github.com/openedx/enterprise-access/blob/ee7d23a87e40055fee70d3dfdf6006970ddc66eb/enterprise_access/settings/base.py#L472',
        confidence: 'read',
      },
    },
  ],
  data: { redemption: SubsidyRedemption },
  examples: [{ redemption: SUBSIDY_REDEMPTION_EXAMPLE }],
  history: [subsidyRedemptionAdded('SUBSIDY_REDEMPTION_REVERSED')],
});
