import { defineEvent } from '../model';
import { CertificateData } from '../data/learning';

export default defineEvent({
  signal: 'CERTIFICATE_CREATED',
  eventType: 'org.openedx.learning.certificate.created.v1',
  description:
    'The LMS announces that a learner earned a course certificate: a certificate was generated for them and can be ' +
    'viewed or downloaded.',
  keyField: 'certificate.course.course_key',
  addedIn: '0.4.0',
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
  examples: [
    {
      certificate: {
        user: {
          id: 4231,
          is_active: true,
          pii: { username: 'ana_garcia', email: 'ana.garcia@example.com', name: 'Ana García' },
        },
        course: { course_key: 'course-v1:edX+DemoX+Demo_Course', display_name: '', start: null, end: null },
        mode: 'verified',
        grade: '0.87',
        download_url: '',
        name: 'Ana García',
        current_status: 'downloadable',
        previous_status: '',
      },
    },
  ],
  history: [
    {
      release: '0.4.0',
      date: '2021-08-18',
      summary: 'Event added in the first set of learning events.',
      changes: [
        { kind: 'added', field: 'certificate.user' },
        { kind: 'added', field: 'certificate.course' },
        { kind: 'added', field: 'certificate.mode' },
        { kind: 'added', field: 'certificate.grade' },
        { kind: 'added', field: 'certificate.download_url' },
        { kind: 'added', field: 'certificate.name' },
        { kind: 'added', field: 'certificate.current_status' },
        { kind: 'added', field: 'certificate.previous_status' },
      ],
      breaking: false,
    },
  ],
});
