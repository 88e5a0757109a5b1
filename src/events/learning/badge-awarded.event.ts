import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
import { BadgeData } from '../data/learning';
import { BADGE_EXAMPLE } from './badge.family';

export default defineEvent({
  signal: 'BADGE_AWARDED',
  eventType: 'org.openedx.learning.badge.awarded.v1',
  description:
    'The Credentials service announces that a learner earned a badge, once the requirements of a badge template ' +
    '(for example passing a course) were met.',
  producers: [
    {
      repository: 'openedx/credentials',
      service: 'Credentials',
      trigger:
        'The Credentials badges issuer awards a badge to a user (all requirements of a badge template met) and creates/updates the user credential.',
      source: {
        url: 'https://github.com/openedx/credentials/blob/b6dcad5c0aa1175c19bb82d7319847e6bbb3ff30/credentials/apps/badges/signals/signals.py#L83',
        confidence: 'read',
        note: 'Helper notify_badge_awarded() is called from BadgeTemplateIssuer.award() in https://github.com/openedx/credentials/blob/b6dcad5c0aa1175c19bb82d7319847e6bbb3ff30/credentials/apps/badges/issuers.py#L114',
      },
    },
  ],
  consumers: [
    openedxWebhooks('LMS', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L69',
      confidence: 'read',
    }),
  ],
  busUsage: [
    {
      topic: 'learning-badges-lifecycle',
      keyField: 'badge.uuid',
      source: {
        url: 'https://github.com/openedx/credentials/blob/b6dcad5c0aa1175c19bb82d7319847e6bbb3ff30/credentials/settings/base.py#L597-L599',
        confidence: 'read',
      },
    },
  ],
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
