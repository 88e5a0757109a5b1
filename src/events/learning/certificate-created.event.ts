import { defineEvent } from '../model';
import { CertificateData } from '../data/learning';
import { EARNED_CERTIFICATE } from './certificate.family';

export default defineEvent({
  signal: 'CERTIFICATE_CREATED',
  eventType: 'org.openedx.learning.certificate.created.v1',
  description:
    'The LMS announces that a learner earned a course certificate: a certificate was generated for them and can be ' +
    'viewed or downloaded.',
  keyField: 'certificate.course.course_key',
  producers: [
    {
      repository: 'openedx/edx-platform',
      service: 'LMS',
      trigger: 'Certificate generation produces a certificate the learner can view or download.',
    },
  ],
  consumers: [
    {
      repository: 'openedx/credentials',
      service: 'Credentials',
      use: 'Awards the matching course certificate credential to the learner.',
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
