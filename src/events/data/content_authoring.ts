/** Data classes of the content_authoring domain. */
import { z } from 'zod';
import { dataClass, producerDefault } from '../model';
import {
  COURSE_KEY,
  dateTime,
  LIBRARY_COLLECTION_LOCATOR,
  LIBRARY_CONTAINER_LOCATOR,
  LIBRARY_LOCATOR_V2,
  LIBRARY_USAGE_LOCATOR_V2,
  opaqueKey,
  USAGE_KEY,
} from './keys';

export const CourseScheduleData = dataClass(
  {
    name: 'CourseScheduleData',
    module: 'content_authoring',
    description: 'When a course run takes place and is open for enrollment, and how it is paced.',
    history: [
      {
        release: '0.11.0',
        summary: 'Added with the first content_authoring event.',
        breaking: false,
        added: {
          start: dateTime(),
          pacing: z.enum(['instructor', 'self']),
          end: dateTime().nullable().default(null),
          enrollment_start: dateTime().nullable().default(null),
          enrollment_end: dateTime().nullable().default(null),
        },
      },
    ],
  },
  z.object({
    start: dateTime('The moment the course run opens to learners.'),
    pacing: z
      .enum(['instructor', 'self'])
      .describe('Who sets the pace: `instructor` for dated, cohort-paced runs, `self` for learner-paced ones.'),
    end: dateTime('The moment the course run closes, when one is set.').nullable().default(null),
    enrollment_start: dateTime('When learners may start to enroll, when a date is set.').nullable().default(null),
    enrollment_end: dateTime('The last moment learners may enroll, when a date is set.').nullable().default(null),
  }),
);

export const CourseCatalogData = dataClass(
  {
    name: 'CourseCatalogData',
    module: 'content_authoring',
    description: 'The part of a course run that a course catalog shows: its name, its dates and who may see it.',
    history: [
      {
        release: '0.11.0',
        summary: 'Added with the first content_authoring event.',
        breaking: false,
        added: {
          course_key: opaqueKey(COURSE_KEY),
          name: z.string(),
          number: z.string(),
          org: z.string(),
          schedule_data: CourseScheduleData,
          short_description: z.string().nullable().default(null),
          effort: z.string().nullable().default(null),
          hidden: producerDefault(z.boolean(), false),
          invitation_only: producerDefault(z.boolean(), false),
        },
      },
      {
        release: '0.12.0',
        summary: 'The organization and course number were dropped: both can be read from the course key.',
        breaking: true,
        removed: ['number', 'org'],
      },
      {
        release: '0.14.0',
        summary: 'The short description was dropped: catalogs that use Publisher own it.',
        breaking: true,
        removed: ['short_description'],
      },
      {
        release: '3.0.0',
        summary: 'The effort estimate was dropped, following the updated decision of ADR 9.',
        breaking: true,
        adr: 9,
        removed: ['effort'],
      },
    ],
  },
  z.object({
    course_key: opaqueKey(COURSE_KEY, 'The course run whose catalog information changed.'),
    name: z.string().describe('The course title as shown to learners.'),
    schedule_data: CourseScheduleData,
    hidden: producerDefault(z.boolean().describe('Whether the run is left out of catalog listings.'), false),
    invitation_only: producerDefault(z.boolean().describe('Whether only invited learners may enroll in the run.'), false),
  }),
);

export const CourseData = dataClass(
  {
    name: 'CourseData',
    module: 'content_authoring',
    description: 'Identifies a course run that Studio created, imported or re-ran.',
  },
  z.object({
    course_key: opaqueKey(COURSE_KEY, 'The course run the event is about.'),
  }),
);

export const XBlockData = dataClass(
  {
    name: 'XBlockData',
    module: 'content_authoring',
    description: 'Identifies a block of course content (a section, subsection, unit or component) and its type.',
  },
  z.object({
    usage_key: opaqueKey(USAGE_KEY, 'The block the event is about, without branch or version information.'),
    block_type: z.string().describe('The XBlock type of the block, such as `chapter`, `sequential`, `vertical`, `problem` or `html`.'),
    version: opaqueKey(
      USAGE_KEY,
      'The same block pinned to a branch and version of the course structure, so a consumer can load exactly the ' +
        'revision that triggered the event. Null when the sender does not provide it.',
    )
      .nullable()
      .default(null),
  }),
);

export const DuplicatedXBlockData = dataClass(
  {
    name: 'DuplicatedXBlockData',
    module: 'content_authoring',
    description: 'A newly made copy of a block, together with the block it was copied from.',
  },
  z.object({
    ...XBlockData.shape,
    source_usage_key: opaqueKey(USAGE_KEY, 'The original block that was copied to make the new one.'),
  }),
);

export const CertificateSignatoryData = dataClass(
  {
    name: 'CertificateSignatoryData',
    module: 'content_authoring',
    description: 'A person whose name, title and signature appear on a course certificate.',
  },
  z.object({
    image: z
      .string()
      .describe(
        'The signature image. Upstream passes a file object (BinaryIO) here, which the event bus cannot serialize; ' +
          'this reference shows it as a string holding the file content or a reference to it.',
      ),
    name: z.string().describe('Full name of the signatory as printed on the certificate.'),
    organization: z.string().describe('The organization the signatory represents.'),
    title: z.string().describe('The job title or role of the signatory, e.g. `Professor of Physics`.'),
  }),
);

export const CertificateConfigData = dataClass(
  {
    name: 'CertificateConfigData',
    module: 'content_authoring',
    description: 'A certificate configuration of a course run, as set up on the Certificates page in Studio.',
  },
  z.object({
    certificate_type: z
      .string()
      .describe(
        'The course mode the certificate is for, such as `verified`, `professional`, `no-id-professional`, ' +
          '`credit`, `executive-education`, `paid-executive-education`, `paid-bootcamp` or `masters`.',
      ),
    course_key: opaqueKey(COURSE_KEY, 'The course run the certificate configuration belongs to.'),
    title: z.string().describe('The title printed on the certificate.'),
    signatories: producerDefault(
      z.array(CertificateSignatoryData).describe('The people who sign the certificate, in display order; may be empty.'),
      [],
    ),
    is_active: producerDefault(
      z.boolean().describe('Whether the configuration is active, so that certificates are issued with it.'),
      false,
    ),
  }),
);

export const ContentLibraryData = dataClass(
  {
    name: 'ContentLibraryData',
    module: 'content_authoring',
    description: 'Identifies a content library (v2) that changed.',
  },
  z.object({
    library_key: opaqueKey(LIBRARY_LOCATOR_V2, 'The content library the event is about.'),
    update_blocks: producerDefault(
      z
        .boolean()
        .describe(
          'Deprecated: once asked consumers to refresh the search index of every block in the library. Senders ' +
            'now emit a separate event for each changed item instead, so do not rely on it.',
        ),
      false,
    ),
  }),
);

export const LibraryBlockData = dataClass(
  {
    name: 'LibraryBlockData',
    module: 'content_authoring',
    description: 'Identifies a block (component) inside a content library (v2), and the library holding it.',
  },
  z.object({
    library_key: opaqueKey(LIBRARY_LOCATOR_V2, 'The content library that holds the block.'),
    usage_key: opaqueKey(LIBRARY_USAGE_LOCATOR_V2, 'The library block the event is about.'),
  }),
);

export const ContentObjectData = dataClass(
  {
    name: 'ContentObjectData',
    module: 'content_authoring',
    description: 'Identifies a piece of content (a course, a course block or a library item) by its key as a string.',
  },
  z.object({
    object_id: z
      .string()
      .describe(
        'The serialized key of the content object, e.g. a course block key such as ' +
          '`block-v1:edX+DemoX+Demo_Course+type@vertical+block@0a3b6d4c8e2f4a1b9c7d5e3f1a2b4c6d` or a library key.',
      ),
  }),
);

export const ContentObjectChangedData = dataClass(
  {
    name: 'ContentObjectChangedData',
    module: 'content_authoring',
    description: 'A content object whose associations changed, with the kinds of association that changed.',
  },
  z.object({
    ...ContentObjectData.shape,
    changes: producerDefault(
      z
        .array(z.string())
        .describe(
          'The kinds of association that changed, such as `tags`, `collections`, `units`, `subsections` or ' +
            '`sections`. An empty list means the consumer should assume that all of them may have changed.',
        ),
      [],
    ),
  }),
);

export const LibraryCollectionData = dataClass(
  {
    name: 'LibraryCollectionData',
    module: 'content_authoring',
    description: 'Identifies a collection inside a content library (v2).',
  },
  z.object({
    collection_key: opaqueKey(
      LIBRARY_COLLECTION_LOCATOR,
      'The collection the event is about; the key also names the library that holds it.',
    ),
    background: producerDefault(
      z
        .boolean()
        .describe(
          'Deprecated: let the sender say that handlers need not finish before it carries on, so they could do ' +
            'their work in a background task. Senders that expect slow handlers now emit the event from an ' +
            'asynchronous task instead.',
        ),
      false,
    ),
  }),
);

export const LibraryContainerData = dataClass(
  {
    name: 'LibraryContainerData',
    module: 'content_authoring',
    description: 'Identifies a container, such as a unit, subsection or section, inside a content library (v2).',
  },
  z.object({
    container_key: opaqueKey(
      LIBRARY_CONTAINER_LOCATOR,
      'The container the event is about; the key also names the library and the container type.',
    ),
    background: producerDefault(
      z
        .boolean()
        .describe(
          'Deprecated: let the sender say that handlers need not finish before it carries on, so they could do ' +
            'their work in a background task. Senders that expect slow handlers now emit the event from an ' +
            'asynchronous task instead.',
        ),
      false,
    ),
  }),
);
