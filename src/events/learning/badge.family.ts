/** What BADGE_AWARDED and BADGE_REVOKED share: they carry the same BadgeData. */
import type { z } from 'zod';
import type { BadgeData } from '../data/learning';

export const BADGE_EXAMPLE: z.input<typeof BadgeData> = {
  uuid: '9d3e5f7a-1b2c-4d6e-8f0a-3c5b7d9e1f24',
  user: {
    id: 4231,
    is_active: true,
    pii: { username: 'ana_garcia', email: 'ana.garcia@example.com', name: 'Ana García' },
  },
  template: {
    uuid: 'e4a1c9b7-5d3f-4a2e-b8c6-7f0d1e3a5b92',
    origin: 'credly',
    name: 'Demo Course Graduate',
    description: 'Passed the Demonstration Course.',
    image_url: 'https://images.credly.com/images/demo-course-graduate.png',
  },
};
