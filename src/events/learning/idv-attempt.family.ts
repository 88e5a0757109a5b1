/**
 * What the IDV_ATTEMPT_* events (created, pending, approved, denied) share:
 * they all carry a VerificationAttemptData.
 */
import type { z } from 'zod';
import type { HistoryEntry } from '../model';
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

export const IDV_ATTEMPT_HISTORY: HistoryEntry[] = [
  {
    release: '9.13.0',
    date: '2024-09-05',
    summary: 'Event added.',
    changes: [
      { kind: 'added', field: 'idv_attempt.attempt_id' },
      { kind: 'added', field: 'idv_attempt.user' },
      { kind: 'added', field: 'idv_attempt.status' },
      { kind: 'added', field: 'idv_attempt.name' },
      { kind: 'added', field: 'idv_attempt.expiration_date' },
    ],
    breaking: false,
  },
];
