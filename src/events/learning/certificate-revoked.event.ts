import { defineEvent } from '../model';
import { CertificateData } from '../data/learning';

export default defineEvent({
  signal: 'CERTIFICATE_REVOKED',
  eventType: 'org.openedx.learning.certificate.revoked.v1',
  description:
    "The LMS announces that a learner's course certificate was taken back, for example after it was invalidated by " +
    'staff or the learner no longer meets the requirements.',
  keyField: 'certificate.course.course_key',
  addedIn: '0.4.0',
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
        current_status: 'unavailable',
        previous_status: 'downloadable',
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
