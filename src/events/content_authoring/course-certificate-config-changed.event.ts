import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
import { CertificateConfigData } from '../data/content_authoring';
import { CERTIFICATE_CONFIG_EXAMPLE, CERTIFICATE_CONFIG_EXCEPTIONS, certificateConfigAdded } from './course-certificate-config.family';

export default defineEvent({
  signal: 'COURSE_CERTIFICATE_CONFIG_CHANGED',
  eventType: 'org.openedx.content_authoring.course.certificate_config.changed.v1',
  description:
    'Studio announces that the certificate configuration of a course run was created or changed on its ' +
    'Certificates page. Upstream flags the event as not used by any Open edX service, and its future is under ' +
    'discussion.',
  producers: [],
  consumers: [
    openedxWebhooks('Studio', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L17',
      confidence: 'read',
    }),
  ],
  noProducerKnown: {
    searched:
      'The LMS and Studio and Credentials: only a Studio test refers to a helper sending this event; the helper itself was not found in the versions of the code that could be read. Upstream documents the event as unused.',
  },
  data: { certificate_config: CertificateConfigData },
  examples: [{ certificate_config: CERTIFICATE_CONFIG_EXAMPLE }],
  history: [certificateConfigAdded('COURSE_CERTIFICATE_CONFIG_DELETED')],
  exceptions: [...CERTIFICATE_CONFIG_EXCEPTIONS],
});
