import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
import { XBlockSkillVerificationData } from '../data/learning';

export default defineEvent({
  signal: 'XBLOCK_SKILL_VERIFIED',
  eventType: 'org.openedx.learning.xblock.skill.verified.v1',
  description:
    'A learner confirmed or rejected the skills tagged on a course block, through the skill tagging XBlock. ' +
    'Releases 5.1.0 to 8.0.0 declared it with the event type ' +
    '`org.openedx.content_authoring.xblock.skill.verified.v1`; 8.0.1 moved it to the learning domain.',
  keyField: 'xblock_info.usage_key',
  keyFieldSince: '9.6.0',
  producers: [
    {
      repository: 'openedx/xblock-skill-tagging',
      service: 'LMS (skill-tagging XBlock mixin)',
      trigger:
        'A learner submits the skill-verification form shown under a unit or video, marking suggested skills as verified or ignored (at most once per learner per block).',
      source: {
        url: 'https://github.com/openedx/xblock-skill-tagging/blob/02afd617287efdb2ba009dd32caa739c2428914b/skill_tagging/skill_tagging_mixin.py#L100',
        confidence: 'read',
        note: 'Only producer found; edx-platform itself never sends this event. Originally developed at open-craft/xblock-skill-tagging.',
      },
    },
  ],
  consumers: [
    openedxWebhooks('LMS', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L53',
      confidence: 'read',
    }),
    {
      repository: 'openedx/taxonomy-connector',
      service: 'Course Discovery (taxonomy-connector plugin)',
      use: "Queues a Celery task that bumps the verified/ignored vote counts of the XBlock's skill tags.",
      kind: 'event-bus-consumer',
      source: {
        url: 'https://github.com/openedx/taxonomy-connector/blob/65f88888586aed96cddf8317eb0339561b6fb8f8/taxonomy/signals/handlers.py#L97',
        confidence: 'read',
        note: "taxonomy-connector is installed in Course Discovery; its design ADR docs/decisions/0001-xblock-skill-tagging-design.rst#L50-L62 says the event is pushed to the event bus and Course Discovery's consume_events command feeds these handlers. No topic name in this repo.",
      },
    },
    {
      repository: 'openedx/xblock-skill-tagging',
      service: 'LMS (skill-tagging plugin)',
      use: 'Explicitly publishes the event to the event bus (its own producer call, not EVENT_BUS_PRODUCER_CONFIG) so Course Discovery can consume it.',
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/openedx/xblock-skill-tagging/blob/02afd617287efdb2ba009dd32caa739c2428914b/skill_tagging/apps.py#L22',
        confidence: 'read',
        note: "Connected through the plugin's LMS signals_config to handlers.listen_for_xblock_skill_verified (skill_tagging/handlers.py#L10).",
      },
    },
  ],
  busUsage: [
    {
      topic: 'learning-xblock-skill-verified',
      keyField: 'xblock_info.usage_key',
      source: {
        url: 'https://github.com/openedx/xblock-skill-tagging/blob/02afd617287efdb2ba009dd32caa739c2428914b/skill_tagging/handlers.py#L14-L18',
        confidence: 'read',
      },
    },
    {
      topic: 'learning-xblock-skill-verified',
      keyField: 'xblock_info.usage_key',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/3e3055f2201259f67c16bde53792ff48b5ac8c04/lms/envs/common.py#L3073',
        confidence: 'read',
      },
    },
  ],
  data: { xblock_info: XBlockSkillVerificationData },
  examples: [
    {
      xblock_info: {
        usage_key: 'block-v1:edX+DemoX+Demo_Course+type@video+block@5e2d8c1a',
        verified_skills: [128, 4051],
        ignored_skills: [77],
      },
    },
  ],
  history: [
    {
      release: '5.1.0',
      summary: 'Event added, with an event type in the content_authoring domain.',
      breaking: false,
      added: { xblock_info: XBlockSkillVerificationData },
    },
    {
      release: '8.0.1',
      summary: 'The event type moved to the learning domain, where the signal was always declared.',
      breaking: true,
      renamedFrom: 'org.openedx.content_authoring.xblock.skill.verified.v1',
    },
  ],
});
