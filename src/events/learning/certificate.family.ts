/**
 * What the CERTIFICATE_* events (created, changed, revoked) share: they all
 * carry a CertificateData.
 */
import type { z } from 'zod';
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
