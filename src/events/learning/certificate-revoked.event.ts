import { defineEvent } from '../model';
import { CertificateData } from '../data/learning';
import { EARNED_CERTIFICATE } from './certificate.family';

export default defineEvent({
  signal: 'CERTIFICATE_REVOKED',
  eventType: 'org.openedx.learning.certificate.revoked.v1',
  description:
    "The LMS announces that a learner's course certificate was taken back, for example after it was invalidated by " +
    'staff or the learner no longer meets the requirements.',
  keyField: 'certificate.course.course_key',
  producers: [
    {
      repository: 'openedx/edx-platform',
      service: 'LMS',
      trigger: 'A previously awarded certificate is invalidated or marked as no longer valid.',
    },
  ],
  consumers: [
    {
      repository: 'openedx/credentials',
      service: 'Credentials',
      use: 'Revokes the matching course certificate credential.',
    },
  ],
  data: { certificate: CertificateData },
  examples: [{ certificate: { ...EARNED_CERTIFICATE, current_status: 'unavailable', previous_status: 'downloadable' } }],
  history: [
    {
      release: '0.4.0',
      summary: 'Event added, in the first release that defined events.',
      breaking: false,
      added: { certificate: CertificateData },
    },
  ],
});
