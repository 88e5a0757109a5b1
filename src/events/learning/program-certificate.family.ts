/**
 * What PROGRAM_CERTIFICATE_AWARDED and PROGRAM_CERTIFICATE_REVOKED share:
 * they carry a ProgramCertificateData.
 */
import type { z } from 'zod';
import type { ProgramCertificateData } from '../data/learning';

/** An awarded program certificate with no availability date; the events vary its status and date. */
export const AWARDED_PROGRAM_CERTIFICATE: z.input<typeof ProgramCertificateData> = {
  user: {
    id: 4231,
    is_active: true,
    pii: { username: 'ana_garcia', email: 'ana.garcia@example.com', name: 'Ana García' },
  },
  program: {
    uuid: '6f2b0c3e-8a1d-4c55-9b7e-2d4f1a9c8e30',
    title: 'Data Science Foundations',
    program_type: 'professional-certificate',
  },
  uuid: 'b1e4d7a2-3c9f-4e8b-a6d5-0f2c7e91b4a8',
  status: 'awarded',
  url: 'https://credentials.example.com/credentials/b1e4d7a23c9f4e8ba6d50f2c7e91b4a8/',
  certificate_available_date: null,
};
