import { defineEvent } from '../model';
import { CertificateConfigData } from '../data/content_authoring';
import { CERTIFICATE_CONFIG_EXAMPLE, CERTIFICATE_CONFIG_EXCEPTIONS, certificateConfigAdded } from './course-certificate-config.family';

export default defineEvent({
  signal: 'COURSE_CERTIFICATE_CONFIG_DELETED',
  eventType: 'org.openedx.content_authoring.course.certificate_config.deleted.v1',
  description:
    'Studio announces that a certificate configuration was removed from a course run. Upstream flags the ' +
    'event as not used by any Open edX service, and its future is under discussion.',
  producers: [],
  consumers: [],
  data: { certificate_config: CertificateConfigData },
  examples: [{ certificate_config: CERTIFICATE_CONFIG_EXAMPLE }],
  history: [certificateConfigAdded('COURSE_CERTIFICATE_CONFIG_CHANGED')],
  exceptions: [...CERTIFICATE_CONFIG_EXCEPTIONS],
});
