import { defineEvent } from '../model';
import { BadgeData } from '../data/learning';
import { BADGE_EXAMPLE } from './badge.family';

export default defineEvent({
  signal: 'BADGE_REVOKED',
  eventType: 'org.openedx.learning.badge.revoked.v1',
  description:
    "The Credentials service announces that a learner's badge was revoked, for example because a requirement is no " + 'longer met.',
  producers: [{ repository: 'openedx/credentials', service: 'Credentials', trigger: 'An issued badge is revoked.' }],
  consumers: [],
  data: { badge: BadgeData },
  examples: [{ badge: BADGE_EXAMPLE }],
  history: [
    {
      release: '9.10.0',
      summary: 'Event added.',
      breaking: false,
      added: { badge: BadgeData },
    },
  ],
});
