import { defineEvent } from '../model';
import { SubsidyRedemption } from '../data/enterprise';

export default defineEvent({
  signal: 'SUBSIDY_REDEEMED',
  eventType: 'org.openedx.enterprise.subsidy.redeemed.v1',
  description:
    'Announces that an enterprise subsidy was used to pay for content on behalf of a learner. Upstream flags the ' +
    'event as not used by any Open edX service, and its future is under discussion.',
  addedIn: '9.7.0',
  producers: [],
  consumers: [],
  data: { redemption: SubsidyRedemption },
  examples: [
    {
      redemption: {
        subsidy_identifier: '5f0d3b8e-2c4a-4e7b-9a1d-6c3e8f2b0a47',
        content_key: 'course-v1:edX+DemoX+Demo_Course',
        lms_user_id: 48213,
      },
    },
  ],
  history: [
    {
      release: '9.7.0',
      date: '2024-04-04',
      summary: 'Event added, together with SUBSIDY_REDEMPTION_REVERSED.',
      changes: [
        { kind: 'added', field: 'redemption.subsidy_identifier' },
        { kind: 'added', field: 'redemption.content_key' },
        { kind: 'added', field: 'redemption.lms_user_id' },
      ],
      breaking: false,
    },
  ],
});
