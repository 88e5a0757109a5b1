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
  producers: [
    {
      repository: 'openedx/credentials',
      service: 'Credentials',
      trigger: 'A program certificate credential is awarded to a learner (when sending the event is enabled).',
    },
  ],
  consumers: [],
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
