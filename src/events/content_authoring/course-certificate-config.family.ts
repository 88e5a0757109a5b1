/**
 * What COURSE_CERTIFICATE_CONFIG_CHANGED and COURSE_CERTIFICATE_CONFIG_DELETED
 * share: they carry the same CertificateConfigData.
 */
import type { z } from 'zod';
import type { HistoryEntry, RuleException } from '../model';
import { CertificateConfigData } from '../data/content_authoring';

export const CERTIFICATE_CONFIG_EXAMPLE = {
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
} satisfies z.input<typeof CertificateConfigData>;

/** The history entry that added the event; `sibling` is the signal of the other event added with it. */
export function certificateConfigAdded(sibling: string): HistoryEntry {
  return {
    release: '5.0.0',
    summary: `Event added, together with ${sibling}.`,
    breaking: false,
    added: { certificate_config: CertificateConfigData },
  };
}

export const CERTIFICATE_CONFIG_EXCEPTIONS: RuleException[] = [
  {
    rule: 'event-bus-serializable',
    reason:
      'Each signatory carries its signature image as a file object (BinaryIO), a type the Avro serializer of the ' +
      'event bus has no mapping for, so upstream lists the event as unserializable.',
  },
];
