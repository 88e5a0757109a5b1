import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
import { ProgramCertificateData } from '../data/learning';
import { AWARDED_PROGRAM_CERTIFICATE } from './program-certificate.family';

export default defineEvent({
  signal: 'PROGRAM_CERTIFICATE_REVOKED',
  eventType: 'org.openedx.learning.program.certificate.revoked.v1',
  description: "The Credentials service announces that a learner's program certificate was revoked.",
  keyField: 'program_certificate.program.uuid',
  keyFieldSince: '9.6.0',
  producers: [
    {
      repository: 'openedx/credentials',
      service: 'Credentials',
      trigger: "The program-certificate issuer sets a learner's program certificate UserCredential to revoked.",
      source: {
        url: 'https://github.com/openedx/credentials/blob/b6dcad5c0aa1175c19bb82d7319847e6bbb3ff30/credentials/apps/credentials/issuers.py#L290',
        confidence: 'read',
      },
    },
  ],
  consumers: [
    openedxWebhooks('LMS', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L50',
      confidence: 'read',
    }),
  ],
  busUsage: [
    {
      topic: 'learning-program-certificate-lifecycle',
      keyField: 'program_certificate.program.uuid',
      source: {
        url: 'https://github.com/openedx/credentials/blob/b6dcad5c0aa1175c19bb82d7319847e6bbb3ff30/credentials/settings/base.py#L634-L639',
        confidence: 'read',
      },
    },
  ],
  data: { program_certificate: ProgramCertificateData },
  examples: [{ program_certificate: { ...AWARDED_PROGRAM_CERTIFICATE, status: 'revoked' } }],
  history: [
    {
      release: '8.4.0',
      summary: 'Event added.',
      breaking: false,
      added: { program_certificate: ProgramCertificateData },
    },
  ],
});
