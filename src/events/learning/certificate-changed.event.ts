import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
import { CertificateData } from '../data/learning';
import { EARNED_CERTIFICATE } from './certificate.family';

export default defineEvent({
  signal: 'CERTIFICATE_CHANGED',
  eventType: 'org.openedx.learning.certificate.changed.v1',
  description:
    "The LMS announces that a learner's course certificate record was saved, whatever changed in it. Consumers " +
    'compare the status and other fields to decide whether the change matters to them.',
  producers: [
    {
      repository: 'openedx/openedx-platform',
      service: 'LMS',
      trigger:
        'Any save of a GeneratedCertificate row (status, grade, mode or name change), right after the legacy COURSE_CERT_CHANGED signal.',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/d87ee18ca2d974268004a240f653618bc34c0291/lms/djangoapps/certificates/models.py#L492',
        confidence: 'read',
      },
    },
  ],
  consumers: [
    openedxWebhooks('LMS', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L46',
      confidence: 'read',
    }),
    {
      repository: 'eduNEXT/eox-hooks',
      service: 'eox-hooks (plugin in LMS)',
      use: "When USE_EOX_HOOKS is on and EOX_HOOKS_DEFINITIONS has an entry for the 'post_certificate_change' trigger, runs the configured action (e.g. a custom action or an HTTP POST webhook with the event data).",
      kind: 'settings-subscription',
      source: {
        url: 'https://github.com/eduNEXT/eox-hooks/blob/886340f667002af9e0825ce7a4572129ffaaf882/eox_hooks/apps.py#L99',
        confidence: 'read',
        note: "Connected through the plugin's LMS signals_config to receivers.hooks_handler; whether anything happens is decided by the EOX_HOOKS_DEFINITIONS setting.",
      },
    },
  ],
  data: { certificate: CertificateData },
  examples: [{ certificate: { ...EARNED_CERTIFICATE, grade: '0.42', current_status: 'notpassing' } }],
  history: [
    {
      release: '0.4.0',
      summary: 'Event added, in the first release that defined events.',
      breaking: false,
      added: { certificate: CertificateData },
    },
  ],
});
