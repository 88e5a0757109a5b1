/**
 * What the IDV_ATTEMPT_* events (created, pending, approved, denied) share:
 * they all carry a VerificationAttemptData.
 */
import type { z } from 'zod';
import type { VerificationAttemptData } from '../data/learning';

/** The attempt every example shows; each event adds its own status, name and expiration date. */
export const IDV_ATTEMPT: Omit<z.input<typeof VerificationAttemptData>, 'status' | 'name' | 'expiration_date'> = {
  attempt_id: 31877,
  user: {
    id: 4231,
    is_active: true,
    pii: { username: 'ana_garcia', email: 'ana.garcia@example.com', name: 'Ana García' },
  },
};
