import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
import { CertificateConfigData } from '../data/content_authoring';
import { CERTIFICATE_CONFIG_EXAMPLE, CERTIFICATE_CONFIG_EXCEPTIONS, certificateConfigAdded } from './course-certificate-config.family';

export default defineEvent({
  signal: 'COURSE_CERTIFICATE_CONFIG_DELETED',
  eventType: 'org.openedx.content_authoring.course.certificate_config.deleted.v1',
  description:
    'Studio announces that a certificate configuration was removed from a course run. Upstream flags the ' +
    'event as not used by any Open edX service, and its future is under discussion.',
  producers: [],
  consumers: [
    openedxWebhooks('Studio', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L18',
      confidence: 'read',
    }),
  ],
  noProducerKnown: {
    searched:
      'The LMS and Studio and Credentials: only a Studio test imports the signal, and upstream documents the event as used by no Open edX service.',
  },
  data: { certificate_config: CertificateConfigData },
  examples: [{ certificate_config: CERTIFICATE_CONFIG_EXAMPLE }],
  history: [certificateConfigAdded('COURSE_CERTIFICATE_CONFIG_CHANGED')],
  exceptions: [...CERTIFICATE_CONFIG_EXCEPTIONS],
});
