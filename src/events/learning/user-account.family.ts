/**
 * What SESSION_LOGIN_COMPLETED and STUDENT_REGISTRATION_COMPLETED share: they
 * carry a UserData.
 */
import type { HistoryEntry } from '../model';

export const USER_ACCOUNT_HISTORY: HistoryEntry[] = [
  {
    release: '0.4.0',
    date: '2021-08-18',
    summary: 'Event added in the first set of learning events.',
    changes: [
      { kind: 'added', field: 'user.id' },
      { kind: 'added', field: 'user.is_active' },
      { kind: 'added', field: 'user.pii' },
    ],
    breaking: false,
  },
];
