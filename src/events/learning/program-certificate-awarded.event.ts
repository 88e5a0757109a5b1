import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
import { ProgramCertificateData } from '../data/learning';
import { AWARDED_PROGRAM_CERTIFICATE } from './program-certificate.family';

export default defineEvent({
  signal: 'PROGRAM_CERTIFICATE_AWARDED',
  eventType: 'org.openedx.learning.program.certificate.awarded.v1',
  description:
    'The Credentials service announces that a learner was awarded a program certificate, having completed the ' +
    'courses the program requires.',
  keyField: 'program_certificate.program.uuid',
  keyFieldSince: '9.6.0',
  producers: [
    {
      repository: 'openedx/credentials',
      service: 'Credentials',
      trigger: 'The program-certificate issuer awards (or re-awards) a program certificate UserCredential to a learner.',
      source: {
        url: 'https://github.com/openedx/credentials/blob/b6dcad5c0aa1175c19bb82d7319847e6bbb3ff30/credentials/apps/credentials/issuers.py#L287',
        confidence: 'read',
      },
    },
  ],
  consumers: [
    openedxWebhooks('LMS', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L51',
      confidence: 'read',
    }),
  ],
  busUsage: [
    {
      topic: 'learning-program-certificate-lifecycle',
      keyField: 'program_certificate.program.uuid',
      source: {
        url: 'https://github.com/openedx/credentials/blob/b6dcad5c0aa1175c19bb82d7319847e6bbb3ff30/credentials/settings/base.py#L619-L624',
        confidence: 'read',
      },
    },
  ],
  data: { program_certificate: ProgramCertificateData },
  examples: [
    { program_certificate: AWARDED_PROGRAM_CERTIFICATE },
    { program_certificate: { ...AWARDED_PROGRAM_CERTIFICATE, certificate_available_date: '2026-06-01T00:00:00+00:00' } },
  ],
  history: [
    {
      release: '8.4.0',
      summary: 'Event added.',
      breaking: false,
      added: { program_certificate: ProgramCertificateData },
    },
  ],
});
