import { defineEvent } from '../model';
import { CertificateData } from '../data/learning';
import { EARNED_CERTIFICATE } from './certificate.family';

export default defineEvent({
  signal: 'CERTIFICATE_CHANGED',
  eventType: 'org.openedx.learning.certificate.changed.v1',
  description:
    "The LMS announces that a learner's course certificate record was saved, whatever changed in it. Consumers " +
    'compare the status and other fields to decide whether the change matters to them.',
  producers: [{ repository: 'openedx/edx-platform', service: 'LMS', trigger: 'A course certificate record is saved.' }],
  consumers: [],
  data: { certificate: CertificateData },
  examples: [{ certificate: { ...EARNED_CERTIFICATE, grade: '0.42', current_status: 'notpassing' } }],
  history: [
    {
      release: '0.4.0',
      summary: 'Event added, in the first release that defined events.',
      breaking: false,
      added: { certificate: CertificateData },
    },
  ],
});
