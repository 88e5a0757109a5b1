/**
 * What the CERTIFICATE_* events (created, changed, revoked) share: they all
 * carry a CertificateData.
 */
import type { z } from 'zod';
import type { HistoryEntry } from '../model';
import type { CertificateData } from '../data/learning';

/** A certificate the learner earned; the other events show it with their own grade and statuses. */
export const EARNED_CERTIFICATE: z.input<typeof CertificateData> = {
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
};

export const CERTIFICATE_HISTORY: HistoryEntry[] = [
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
];
