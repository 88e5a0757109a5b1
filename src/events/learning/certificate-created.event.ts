import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
import { CertificateData } from '../data/learning';
import { EARNED_CERTIFICATE } from './certificate.family';

export default defineEvent({
  signal: 'CERTIFICATE_CREATED',
  eventType: 'org.openedx.learning.certificate.created.v1',
  description:
    'The LMS announces that a learner earned a course certificate: a certificate was generated for them and can be ' +
    'viewed or downloaded.',
  keyField: 'certificate.course.course_key',
  keyFieldSince: '9.6.0',
  producers: [
    {
      repository: 'openedx/openedx-platform',
      service: 'LMS',
      trigger:
        'A GeneratedCertificate is saved with a passing status (e.g. downloadable), i.e. the learner is awarded a course certificate; sent alongside the legacy COURSE_CERT_AWARDED signal on every such save.',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/d87ee18ca2d974268004a240f653618bc34c0291/lms/djangoapps/certificates/models.py#L526',
        confidence: 'read',
      },
    },
  ],
  consumers: [
    openedxWebhooks('LMS', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L45',
      confidence: 'read',
    }),
    {
      repository: 'eduNEXT/eox-hooks',
      service: 'eox-hooks (plugin in LMS)',
      use: "When USE_EOX_HOOKS is on and EOX_HOOKS_DEFINITIONS has an entry for the 'post_certificate_creation' trigger, runs the configured action (e.g. a custom action or an HTTP POST webhook with the event data).",
      kind: 'settings-subscription',
      source: {
        url: 'https://github.com/eduNEXT/eox-hooks/blob/886340f667002af9e0825ce7a4572129ffaaf882/eox_hooks/apps.py#L94',
        confidence: 'read',
        note: "Connected through the plugin's LMS signals_config to receivers.hooks_handler; whether anything happens is decided by the EOX_HOOKS_DEFINITIONS setting.",
      },
    },
    {
      repository: 'openedx/credentials',
      service: 'Credentials',
      use: 'Finds or creates the learner locally and awards them the matching course-run credential.',
      kind: 'event-bus-consumer',
      source: {
        url: 'https://github.com/openedx/credentials/blob/b6dcad5c0aa1175c19bb82d7319847e6bbb3ff30/credentials/apps/credentials/signals.py#L18',
        confidence: 'read',
        note: "Receiver is documented as handling events consumed from the event bus; the repo's architecture diagram docs/_diagrams/credential_management/course_certificate_awarded.dsl#L22-L38 shows a Credentials event-bus consumer processing CERTIFICATE_CREATED. No topic name is given in the repo.",
      },
    },
  ],
  busUsage: [
    {
      topic: 'learning-certificate-lifecycle',
      keyField: 'certificate.course.course_key',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/3e3055f2201259f67c16bde53792ff48b5ac8c04/lms/envs/common.py#L3050',
        confidence: 'read',
      },
    },
    {
      topic: 'learning-certificate-lifecycle',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/82812c423820f7776c728d69668b27d76575f456/lms/envs/devstack.py',
        confidence: 'excerpt',
      },
    },
  ],
  data: { certificate: CertificateData },
  examples: [{ certificate: EARNED_CERTIFICATE }],
  history: [
    {
      release: '0.4.0',
      summary: 'Event added, in the first release that defined events.',
      breaking: false,
      added: { certificate: CertificateData },
    },
  ],
});
