import { defineEvent } from '../model';
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
    {
      repository: 'aulasneo/openedx-webhooks',
      service: 'openedx-webhooks (plugin in LMS)',
      use: 'Looks up the enabled webhooks configured for this event in the Django admin and POSTs the event data plus metadata to each webhook URL.',
      kind: 'settings-subscription',
      source: {
        url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L51',
        confidence: 'read',
        note: "The event is listed in the plugin's signal list, which becomes its LMS signals_config (plugin app receivers); handler is program_certificate_awarded_receiver at openedx_webhooks/receivers.py#L145 (same commit). Which events are actually forwarded is chosen per Webhook row in the admin.",
      },
    },
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
