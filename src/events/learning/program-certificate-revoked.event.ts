import { defineEvent } from '../model';
import { ProgramCertificateData } from '../data/learning';
import { AWARDED_PROGRAM_CERTIFICATE } from './program-certificate.family';

export default defineEvent({
  signal: 'PROGRAM_CERTIFICATE_REVOKED',
  eventType: 'org.openedx.learning.program.certificate.revoked.v1',
  description: "The Credentials service announces that a learner's program certificate was revoked.",
  keyField: 'program_certificate.program.uuid',
  producers: [
    {
      repository: 'openedx/credentials',
      service: 'Credentials',
      trigger: 'A program certificate credential is revoked (when sending the event is enabled).',
    },
  ],
  consumers: [],
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
