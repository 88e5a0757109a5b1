import { defineEvent } from '../model';
import { CertificateConfigData } from '../data/content_authoring';

export default defineEvent({
  signal: 'COURSE_CERTIFICATE_CONFIG_DELETED',
  eventType: 'org.openedx.content_authoring.course.certificate_config.deleted.v1',
  description:
    'Studio announces that a certificate configuration was removed from a course run. Upstream flags the ' +
    'event as not used by any Open edX service, and its future is under discussion.',
  addedIn: '5.0.0',
  producers: [],
  consumers: [],
  data: { certificate_config: CertificateConfigData },
  examples: [
    {
      certificate_config: {
        certificate_type: 'verified',
        course_key: 'course-v1:edX+DemoX+Demo_Course',
        title: 'Verified Certificate of Achievement',
        signatories: [
          {
            image: '/asset-v1:edX+DemoX+Demo_Course+type@asset+block@signature_jdoe.png',
            name: 'Jane Doe',
            organization: 'edX',
            title: 'Professor of Computer Science',
          },
        ],
        is_active: true,
      },
    },
  ],
  history: [
    {
      release: '5.0.0',
      date: '2023-02-03',
      summary: 'Event added, together with COURSE_CERTIFICATE_CONFIG_CHANGED.',
      changes: [
        { kind: 'added', field: 'certificate_config.certificate_type' },
        { kind: 'added', field: 'certificate_config.course_key' },
        { kind: 'added', field: 'certificate_config.title' },
        { kind: 'added', field: 'certificate_config.signatories' },
        { kind: 'added', field: 'certificate_config.is_active' },
      ],
      breaking: false,
    },
  ],
  exceptions: [
    {
      rule: 'event-bus-serializable',
      reason:
        'Each signatory carries its signature image as a file object (BinaryIO), a type the Avro serializer of the ' +
        'event bus has no mapping for, so upstream lists the event as unserializable.',
    },
  ],
});
