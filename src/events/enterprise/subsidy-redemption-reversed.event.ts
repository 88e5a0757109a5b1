import { defineEvent } from '../model';
import { SubsidyRedemption } from '../data/enterprise';
import { SUBSIDY_REDEMPTION_EXAMPLE, subsidyRedemptionAdded } from './subsidy-redemption.family';

export default defineEvent({
  signal: 'SUBSIDY_REDEMPTION_REVERSED',
  eventType: 'org.openedx.enterprise.subsidy.redemption-reversed.v1',
  description:
    'Announces that an earlier use of an enterprise subsidy was undone, so the value returns to the subsidy. ' +
    'Upstream flags the event as not used by any Open edX service, and its future is under discussion.',
  producers: [],
  consumers: [],
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
