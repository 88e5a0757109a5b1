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
    history: [
      {
        release: '8.3.0',
        summary: 'Added with the Studio lifecycle events for courses and libraries.',
        breaking: false,
        added: { course_key: opaqueKey(COURSE_KEY) },
      },
    ],
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
    history: [
      {
        release: '4.1.0',
        summary: 'Added with the first XBlock events of the content_authoring domain.',
        breaking: false,
        added: { usage_key: opaqueKey(USAGE_KEY), block_type: z.string() },
      },
      {
        release: '8.3.0',
        summary: 'An optional version field was added, holding the key of the block pinned to a branch and version.',
        breaking: false,
        added: { version: opaqueKey(USAGE_KEY).nullable().default(null) },
      },
    ],
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
    history: [
      {
        release: '4.1.0',
        summary: 'Added with the first XBlock events of the content_authoring domain.',
        breaking: false,
        added: { usage_key: opaqueKey(USAGE_KEY), block_type: z.string(), source_usage_key: opaqueKey(USAGE_KEY) },
      },
      {
        release: '8.3.0',
        summary:
          'An optional version field was added (inherited from XBlockData), holding the key of the new block pinned to ' +
          'a branch and version.',
        breaking: false,
        added: { version: opaqueKey(USAGE_KEY).nullable().default(null) },
      },
    ],
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
    history: [
      {
        release: '5.0.0',
        summary: 'Added with the course certificate configuration events.',
        breaking: false,
        added: { image: z.string(), name: z.string(), organization: z.string(), title: z.string() },
      },
    ],
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
    history: [
      {
        release: '5.0.0',
        summary: 'Added with the course certificate configuration events.',
        breaking: false,
        added: {
          certificate_type: z.string(),
          course_key: opaqueKey(COURSE_KEY),
          title: z.string(),
          signatories: producerDefault(z.array(CertificateSignatoryData), []),
          is_active: producerDefault(z.boolean(), false),
        },
      },
    ],
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
    history: [
      {
        release: '8.3.0',
        summary: 'Added with the Studio lifecycle events for courses and libraries.',
        breaking: false,
        added: { library_key: opaqueKey(LIBRARY_LOCATOR_V2), update_blocks: producerDefault(z.boolean(), false) },
      },
      {
        release: '10.2.0',
        summary:
          'The update_blocks flag was deprecated: senders now emit one event per changed library item instead of ' +
          'asking consumers to refresh every block. Its type did not change.',
        breaking: false,
      },
    ],
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
    history: [
      {
        release: '8.3.0',
        summary: 'Added with the Studio lifecycle events for courses and libraries.',
        breaking: false,
        added: { library_key: opaqueKey(LIBRARY_LOCATOR_V2), usage_key: opaqueKey(LIBRARY_USAGE_LOCATOR_V2) },
      },
    ],
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
    history: [
      {
        release: '9.6.0',
        summary: 'Added with CONTENT_OBJECT_TAGS_CHANGED.',
        breaking: false,
        added: { object_id: z.string() },
      },
    ],
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
    history: [
      {
        release: '9.14.0',
        summary: 'Added with CONTENT_OBJECT_ASSOCIATIONS_CHANGED: ContentObjectData with the kinds of association that changed.',
        breaking: false,
        added: { object_id: z.string(), changes: producerDefault(z.array(z.string()), []) },
      },
    ],
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
    history: [
      {
        release: '9.14.0',
        summary: 'Added with the first events about collections in content libraries.',
        breaking: false,
        added: { library_key: opaqueKey(LIBRARY_LOCATOR_V2), collection_key: z.string() },
      },
      {
        release: '9.15.0',
        summary:
          'A background flag was added, letting the sender say that handlers may do their work asynchronously. The ' +
          'producer always fills it in, so it is a required field: events still queued from older producers lack it.',
        breaking: true,
        added: { background: producerDefault(z.boolean(), false) },
      },
      {
        release: '10.0.0',
        summary:
          'The library key was dropped and the collection key became a LibraryCollectionLocator, which names the ' +
          'library itself, instead of a plain collection code.',
        breaking: true,
        removed: ['library_key'],
        changed: { collection_key: opaqueKey(LIBRARY_COLLECTION_LOCATOR) },
      },
      {
        release: '10.2.0',
        summary:
          'The background flag was deprecated: senders that expect slow handlers now emit from an asynchronous task. ' +
          'Its type did not change.',
        breaking: false,
      },
    ],
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
    history: [
      {
        release: '9.20.0',
        summary: 'Added with the first events about containers in content libraries.',
        breaking: false,
        added: {
          library_key: opaqueKey(LIBRARY_LOCATOR_V2),
          container_key: z.string(),
          background: producerDefault(z.boolean(), false),
        },
      },
      {
        release: '10.0.0',
        summary:
          'The library key was dropped and the container key became a LibraryContainerLocator, which names the ' +
          'library and the container type itself, instead of a plain container code.',
        breaking: true,
        removed: ['library_key'],
        changed: { container_key: opaqueKey(LIBRARY_CONTAINER_LOCATOR) },
      },
      {
        release: '10.2.0',
        summary:
          'The background flag was deprecated: senders that expect slow handlers now emit from an asynchronous task. ' +
          'Its type did not change.',
        breaking: false,
      },
    ],
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
