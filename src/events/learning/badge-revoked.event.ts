import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
import { BadgeData } from '../data/learning';
import { BADGE_EXAMPLE } from './badge.family';

export default defineEvent({
  signal: 'BADGE_REVOKED',
  eventType: 'org.openedx.learning.badge.revoked.v1',
  description:
    "The Credentials service announces that a learner's badge was revoked, for example because a requirement is no " + 'longer met.',
  producers: [
    {
      repository: 'openedx/credentials',
      service: 'Credentials',
      trigger:
        "The Credentials badges issuer revokes a user's badge (a penalty/regression on the badge template), setting the user credential to revoked.",
      source: {
        url: 'https://github.com/openedx/credentials/blob/b6dcad5c0aa1175c19bb82d7319847e6bbb3ff30/credentials/apps/badges/signals/signals.py#L94',
        confidence: 'read',
        note: 'Helper notify_badge_revoked() is called from BadgeTemplateIssuer.revoke() in https://github.com/openedx/credentials/blob/b6dcad5c0aa1175c19bb82d7319847e6bbb3ff30/credentials/apps/badges/issuers.py#L130',
      },
    },
  ],
  consumers: [
    openedxWebhooks('LMS', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L70',
      confidence: 'read',
    }),
  ],
  busUsage: [
    {
      topic: 'learning-badges-lifecycle',
      keyField: 'badge.uuid',
      source: {
        url: 'https://github.com/openedx/credentials/blob/b6dcad5c0aa1175c19bb82d7319847e6bbb3ff30/credentials/settings/base.py#L607-L609',
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
