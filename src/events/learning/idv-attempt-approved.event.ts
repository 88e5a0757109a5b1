import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
import { VerificationAttemptData } from '../data/learning';
import { IDV_ATTEMPT } from './idv-attempt.family';

export default defineEvent({
  signal: 'IDV_ATTEMPT_APPROVED',
  eventType: 'org.openedx.learning.idv_attempt.approved.v1',
  description: "The LMS announces that an identity verification attempt was approved: the user's identity is verified.",
  producers: [
    {
      repository: 'openedx/openedx-platform',
      service: 'LMS',
      trigger:
        'An IDV plugin updates a VerificationAttempt to the approved status through verify_student.api.update_verification_attempt().',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/e57a655d77b614f19223984e9805b1fb940ab192/lms/djangoapps/verify_student/signals/signals.py#L85',
        confidence: 'read',
        note: 'emit_* helper in verify_student/signals/signals.py, called from update_verification_attempt() in lms/djangoapps/verify_student/api.py (read at e57a655d77b614f19223984e9805b1fb940ab192). Not sent for the legacy SoftwareSecurePhotoVerification flow, which uses the PHOTO_VERIFICATION_APPROVED / idv_update_signal Django signals instead.',
      },
    },
  ],
  consumers: [
    {
      repository: 'openedx/openedx-platform',
      service: 'LMS',
      use: "Tries to generate course certificates for all of the learner's enrollments now that they are ID-verified.",
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/e57a655d77b614f19223984e9805b1fb940ab192/lms/djangoapps/certificates/signals.py#L155',
        confidence: 'read',
      },
    },
    {
      repository: 'edx/edx-name-affirmation',
      service: 'edx-name-affirmation (plugin in LMS)',
      use: "Queues a task that marks the learner's VerifiedName as approved.",
      kind: 'django-receiver',
      source: {
        url: 'https://github.com/edx/edx-name-affirmation/blob/b6b130091c3bb8af9ab01a6e77002b00ab164c04/edx_name_affirmation/handlers.py#L45-L48',
        confidence: 'read',
        note: "One handler (handle_idv_event) decorated for all four IDV events; handlers module imported in the app's ready().",
      },
    },
    openedxWebhooks('LMS', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L73',
      confidence: 'read',
    }),
  ],
  data: { idv_attempt: VerificationAttemptData },
  examples: [
    {
      idv_attempt: { ...IDV_ATTEMPT, status: 'approved', name: 'Ana García', expiration_date: '2028-02-20T12:00:00+00:00' },
    },
  ],
  history: [
    {
      release: '9.13.0',
      summary: 'Event added.',
      breaking: false,
      added: { idv_attempt: VerificationAttemptData },
    },
  ],
});
