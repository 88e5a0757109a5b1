import { defineEvent } from '../model';
import { BadgeData } from '../data/learning';
import { BADGE_EXAMPLE } from './badge.family';

export default defineEvent({
  signal: 'BADGE_AWARDED',
  eventType: 'org.openedx.learning.badge.awarded.v1',
  description:
    'The Credentials service announces that a learner earned a badge, once the requirements of a badge template ' +
    '(for example passing a course) were met.',
  producers: [{ repository: 'openedx/credentials', service: 'Credentials', trigger: 'A badge is issued to a learner.' }],
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
