/**
 * The public repositories that send or receive Open edX events, as the
 * producers and consumers of the event definitions name them. The generator
 * refuses a producer or consumer whose repository is not listed here, and a
 * source whose permalink points to another repository (or a former name not
 * listed). Each repository gets a page listing what it produces and consumes.
 */

/** What a repository is, as an operator deploys it. */
export type RepositoryKind = 'service' | 'plugin' | 'library';

export interface Repository {
  /** `owner/name` as GitHub spells it today. */
  repository: string;
  kind: RepositoryKind;
  /** One sentence: what it is and where it runs. */
  description: string;
  /** Earlier `owner/name`s, which older permalinks still use (GitHub redirects them). */
  formerly?: string[];
}

/** openedx-events itself: the library that defines the events, cited for what its own code and docs say. */
export const UPSTREAM_REPOSITORY = 'openedx/openedx-events';

export const REPOSITORIES: Repository[] = [
  {
    repository: UPSTREAM_REPOSITORY,
    kind: 'library',
    description: 'openedx-events, the library that defines the events, their data and the event bus API; this site documents it.',
  },
  {
    repository: 'openedx/openedx-platform',
    kind: 'service',
    description: 'The LMS and Studio (CMS), the core of an Open edX instance; it sends most events and receives many in-process.',
    formerly: ['openedx/edx-platform'],
  },
  {
    repository: 'openedx/course-discovery',
    kind: 'service',
    description: 'Course Discovery, the catalog service that Publisher and marketing sites read courses from.',
  },
  {
    repository: 'openedx/credentials',
    kind: 'service',
    description: 'Credentials, the service that issues program certificates and badges.',
  },
  {
    repository: 'openedx/enterprise-subsidy',
    kind: 'service',
    description: 'Enterprise Subsidy, the service that keeps the ledgers of enterprise learner credit.',
  },
  {
    repository: 'openedx/enterprise-access',
    kind: 'service',
    description: 'Enterprise Access, the service that decides and records enterprise learners’ access to content.',
  },
  {
    repository: 'openedx/license-manager',
    kind: 'service',
    description: 'License Manager, the service that manages enterprise subscription licenses.',
  },
  {
    repository: 'edx/edx-exams',
    kind: 'service',
    description: 'edx-exams, the service that runs proctored and timed exams outside the LMS.',
  },
  {
    repository: 'openedx/edx-enterprise',
    kind: 'plugin',
    description: 'edx-enterprise, the Django app that adds enterprise customers and their learners to the LMS.',
  },
  {
    repository: 'openedx/edx-ora2',
    kind: 'plugin',
    description: 'Open Response Assessment, the XBlock for peer, self and staff graded responses.',
  },
  {
    repository: 'openedx/edx-submissions',
    kind: 'library',
    description: 'edx-submissions, the Django app that stores learner submissions and scores, with its queue for external graders.',
  },
  {
    repository: 'openedx/event-tracking',
    kind: 'library',
    description: 'event-tracking, the library that emits tracking-log events in the LMS and Studio.',
  },
  {
    repository: 'openedx/taxonomy-connector',
    kind: 'plugin',
    description: 'taxonomy-connector, the Course Discovery plugin that tags courses and blocks with skills.',
  },
  {
    repository: 'openedx/openedx-authz',
    kind: 'plugin',
    description: 'openedx-authz, the role-based authorization plugin of the LMS and Studio.',
  },
  {
    repository: 'openedx/xblock-skill-tagging',
    kind: 'plugin',
    description: 'xblock-skill-tagging, the LMS plugin that asks learners to verify the skills a block teaches.',
  },
  {
    repository: 'openedx/enterprise-integrated-channels',
    kind: 'plugin',
    description: 'Enterprise integrated channels, the LMS plugin that reports learner activity to enterprise customers’ systems.',
  },
  {
    repository: 'openedx/event-routing-backends',
    kind: 'plugin',
    description:
      'event-routing-backends, the plugin that turns tracking-log events into xAPI or Caliper statements for learning record stores.',
  },
  {
    repository: 'openedx/tutor-contrib-aspects',
    kind: 'plugin',
    description: 'Tutor Aspects, the Tutor plugin that installs the Aspects analytics stack next to Open edX.',
  },
  {
    repository: 'aulasneo/openedx-webhooks',
    kind: 'plugin',
    description: 'openedx-webhooks, a plugin that forwards chosen events to webhooks configured in the Django admin.',
  },
  {
    repository: 'eduNEXT/eox-hooks',
    kind: 'plugin',
    description: 'eox-hooks, a plugin that runs configured actions (such as a webhook) on chosen events.',
  },
  {
    repository: 'eduNEXT/eox-core',
    kind: 'plugin',
    description: 'eox-core, a plugin with APIs and extensions for multi-tenant Open edX instances.',
  },
  {
    repository: 'eduNEXT/openedx-events-2-zapier',
    kind: 'plugin',
    description: 'openedx-events-2-zapier, a plugin that posts chosen events to Zapier webhooks.',
  },
  {
    repository: 'eduNEXT/platform-plugin-forum-email-notifier',
    kind: 'plugin',
    description: 'A plugin that emails course staff about forum activity.',
  },
  {
    repository: 'eduNEXT/platform-plugin-turnitin',
    kind: 'plugin',
    description: 'A plugin that sends open responses to Turnitin for originality checks.',
  },
  {
    repository: 'edx/edx-name-affirmation',
    kind: 'plugin',
    description: 'edx-name-affirmation, the LMS plugin that tracks the verified names of learners.',
  },
  {
    repository: 'edx/edx-arch-experiments',
    kind: 'plugin',
    description: 'edx-arch-experiments, a collection of experimental Django apps, among them an early event bus consumer.',
  },
  {
    repository: 'mitodl/open-edx-plugins',
    kind: 'plugin',
    description: 'MIT Open Learning’s plugins for Open edX, among them a Canvas integration for Studio.',
  },
  {
    repository: 'open-craft/platform-plugin-lti-launch-monitor',
    kind: 'plugin',
    description: 'A plugin that records successful LTI provider launches.',
  },
  {
    repository: 'YourAcclaim/openedx-webhook-relay',
    kind: 'plugin',
    description: 'A plugin that relays course passing events to a webhook (for Credly badges).',
  },
];
