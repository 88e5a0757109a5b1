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
      "git grep of enterprise-access, enterprise-subsidy, edx-enterprise, openedx-ledger, license-manager HEADs; find_string 'SUBSIDY_REDEEMED' over the index; no import of openedx_events.enterprise.signals.SUBSIDY_REDEEMED anywhere.",
  },
  noConsumerKnown: {
    searched:
      "git grep of enterprise-access, enterprise-subsidy, edx-enterprise, openedx-ledger, license-manager HEADs; find_string 'SUBSIDY_REDEEMED' over the index; no import of openedx_events.enterprise.signals.SUBSIDY_REDEEMED anywhere.",
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
