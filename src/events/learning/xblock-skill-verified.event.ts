import { defineEvent } from '../model';
import { XBlockSkillVerificationData } from '../data/learning';

export default defineEvent({
  signal: 'XBLOCK_SKILL_VERIFIED',
  eventType: 'org.openedx.learning.xblock.skill.verified.v1',
  description:
    'A learner confirmed or rejected the skills tagged on a course block, through the skill tagging XBlock. ' +
    'Releases 5.1.0 to 8.0.0 declared it with the event type ' +
    '`org.openedx.content_authoring.xblock.skill.verified.v1`; 8.0.1 moved it to the learning domain.',
  keyField: 'xblock_info.usage_key',
  producers: [
    {
      repository: 'openedx/xblock-skill-tagging',
      service: 'LMS',
      trigger: 'A learner submits feedback on the skills shown by the skill tagging XBlock.',
    },
  ],
  consumers: [
    {
      repository: 'openedx/taxonomy-connector',
      service: 'Course Discovery',
      use: 'Updates how often each skill of the block was verified or ignored.',
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
