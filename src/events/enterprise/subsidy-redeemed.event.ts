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
  data: { redemption: SubsidyRedemption },
  examples: [{ redemption: SUBSIDY_REDEMPTION_EXAMPLE }],
  history: [subsidyRedemptionAdded('SUBSIDY_REDEMPTION_REVERSED')],
});
