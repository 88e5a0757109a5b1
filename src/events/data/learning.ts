/** Data classes of the learning domain. */
import { z } from 'zod';
import { dataClass, producerDefault } from '../model';
import { CCX_LOCATOR, COURSE_KEY, USAGE_KEY, dateTime, opaqueKey } from './keys';

// ---------------------------------------------------------------------------
// Users and courses, shared by most learning events
// ---------------------------------------------------------------------------

export const UserNonPersonalData = dataClass(
  {
    name: 'UserNonPersonalData',
    module: 'learning',
    description: 'The parts of a user account that identify it without revealing who the person is.',
    history: [
      {
        release: '0.4.0',
        summary: 'Added with the first learning events.',
        breaking: false,
        added: {
          id: z.number().int(),
          is_active: z.boolean(),
        },
      },
    ],
  },
  z.object({
    id: z.number().int().describe('The numeric id of the Django user account in the LMS.'),
    is_active: z.boolean().describe('Whether the account is active; inactive accounts have not been activated or were disabled.'),
  }),
);

export const UserPersonalData = dataClass(
  {
    name: 'UserPersonalData',
    module: 'learning',
    description: 'Personally identifiable details of a user account. Consumers must treat them as PII.',
    history: [
      {
        release: '0.4.0',
        summary: 'Added with the first learning events.',
        breaking: false,
        added: {
          username: z.string(),
          email: z.string(),
          name: producerDefault(z.string(), ''),
        },
      },
    ],
  },
  z.object({
    username: z.string().describe('The unique, public username of the account.'),
    email: z.string().describe('The email address registered for the account.'),
    name: producerDefault(z.string().describe('The full name from the user profile; empty when the producer does not know it.'), ''),
  }),
);

export const UserData = dataClass(
  {
    name: 'UserData',
    module: 'learning',
    description: 'A user account: its id and status, plus its personal details grouped under `pii`.',
    history: [
      {
        release: '0.4.0',
        summary: 'Added with the first learning events.',
        breaking: false,
        added: {
          id: z.number().int(),
          is_active: z.boolean(),
          pii: UserPersonalData,
        },
      },
    ],
  },
  // Inherits the fields of UserNonPersonalData first, as attrs orders inherited fields.
  z.object({
    ...UserNonPersonalData.shape,
    pii: UserPersonalData,
  }),
);

export const CourseData = dataClass(
  {
    name: 'CourseData',
    module: 'learning',
    description: 'A course run as the LMS knows it: its key, title and, when known, its dates.',
    history: [
      {
        release: '0.4.0',
        summary: 'Added with the first learning events.',
        breaking: false,
        added: {
          course_key: opaqueKey(COURSE_KEY),
          display_name: producerDefault(z.string(), ''),
          start: dateTime().nullable().default(null),
          end: dateTime().nullable().default(null),
        },
      },
    ],
  },
  z.object({
    course_key: opaqueKey(COURSE_KEY, 'The course run.'),
    display_name: producerDefault(z.string().describe('The course title shown to learners; empty when the producer leaves it out.'), ''),
    start: dateTime('When the course run starts, if the producer includes it.').nullable().default(null),
    end: dateTime('When the course run ends, if the producer includes it.').nullable().default(null),
  }),
);

export const CcxCourseData = dataClass(
  {
    name: 'CcxCourseData',
    module: 'learning',
    description: 'A Custom Course for edX (CCX): a coach-led copy of a course run, with its own key and settings.',
    history: [
      {
        release: '9.10.0',
        summary: 'Added with the passing status events, to describe a CCX course in the CCX variant.',
        breaking: false,
        added: {
          ccx_course_key: opaqueKey(CCX_LOCATOR),
          master_course_key: opaqueKey(COURSE_KEY),
          display_name: producerDefault(z.string(), ''),
          coach_email: producerDefault(z.string(), ''),
          start: z.string().nullable().default(null),
          end: z.string().nullable().default(null),
          max_students_allowed: z.number().int().nullable().default(null),
        },
      },
    ],
  },
  z.object({
    ccx_course_key: opaqueKey(CCX_LOCATOR, 'The CCX course itself.'),
    master_course_key: opaqueKey(COURSE_KEY, 'The course run the CCX was created from.'),
    display_name: producerDefault(z.string().describe('The CCX title shown to its learners; empty when the producer leaves it out.'), ''),
    coach_email: producerDefault(
      z.string().describe('Email address of the coach who runs the CCX; empty when the producer leaves it out.'),
      '',
    ),
    start: z
      .string()
      .describe('When the CCX starts, as text rather than a typed date-time; null when no start is given.')
      .nullable()
      .default(null),
    end: z
      .string()
      .describe('When the CCX ends, as text rather than a typed date-time; null when no end is given.')
      .nullable()
      .default(null),
    max_students_allowed: z
      .number()
      .int()
      .describe('How many learners may enroll in the CCX; null when the producer gives no limit.')
      .nullable()
      .default(null),
  }),
);

// ---------------------------------------------------------------------------
// Enrollment, certificates, cohorts
// ---------------------------------------------------------------------------

export const CourseEnrollmentData = dataClass(
  {
    name: 'CourseEnrollmentData',
    module: 'learning',
    description: "A learner's enrollment in a course run, as recorded by the LMS.",
    history: [
      {
        release: '0.4.0',
        summary: 'Added with the first learning events.',
        breaking: false,
        added: {
          user: UserData,
          course: CourseData,
          mode: z.string(),
          is_active: z.boolean(),
          creation_date: dateTime(),
          created_by: UserData.nullable().default(null),
        },
      },
    ],
  },
  z.object({
    user: UserData,
    course: CourseData,
    mode: z.string().describe('The enrollment track, such as `audit`, `verified`, `honor` or `professional`.'),
    is_active: z.boolean().describe('Whether the enrollment is active; false once the learner has unenrolled.'),
    creation_date: dateTime('When the enrollment record was first created.'),
    created_by: UserData.nullable().default(null),
  }),
);

export const CertificateData = dataClass(
  {
    name: 'CertificateData',
    module: 'learning',
    description: 'A course certificate record of one learner in one course run.',
    history: [
      {
        release: '0.4.0',
        summary: 'Added with the first learning events.',
        breaking: false,
        added: {
          user: UserData,
          course: CourseData,
          mode: z.string(),
          grade: z.string(),
          download_url: z.string(),
          name: z.string(),
          current_status: z.string(),
          previous_status: producerDefault(z.string(), ''),
        },
      },
    ],
  },
  z.object({
    user: UserData,
    course: CourseData,
    mode: z.string().describe('The enrollment track the certificate was issued for, such as `verified`.'),
    grade: z.string().describe("The learner's course grade stored with the certificate, as text (e.g. `0.87`)."),
    download_url: z.string().describe('Where the learner can download or view the certificate; may be empty for web certificates.'),
    name: z.string().describe("The learner's name as printed on the certificate."),
    current_status: z.string().describe('The certificate status after the change, such as `downloadable`, `notpassing` or `unavailable`.'),
    previous_status: producerDefault(
      z.string().describe('The certificate status before the change, when the producer knows it; otherwise empty.'),
      '',
    ),
  }),
);

export const CohortData = dataClass(
  {
    name: 'CohortData',
    module: 'learning',
    description: 'The membership of a learner in a cohort (a group of learners) of a course run.',
    history: [
      {
        release: '0.4.0',
        summary: 'Added with the first learning events.',
        breaking: false,
        added: {
          user: UserData,
          course: CourseData,
          name: z.string(),
        },
      },
    ],
  },
  z.object({
    user: UserData,
    course: CourseData,
    name: z.string().describe('The name of the cohort the learner now belongs to.'),
  }),
);

// ---------------------------------------------------------------------------
// Discussions configuration
// ---------------------------------------------------------------------------

export const DiscussionTopicContext = dataClass(
  {
    name: 'DiscussionTopicContext',
    module: 'learning',
    description: 'One discussion topic of a course and where it sits: the unit it belongs to, or an external topic id.',
    history: [
      {
        release: '0.8.0',
        summary: 'Added with the discussions configuration event.',
        breaking: false,
        added: {
          title: z.string(),
          usage_key: opaqueKey(USAGE_KEY).nullable().default(null),
          group_id: z.number().int().nullable().default(null),
          external_id: z.string().nullable().default(null),
        },
      },
      {
        release: '0.8.1',
        summary: 'Topics gained their position among the course topics.',
        breaking: false,
        added: {
          ordering: z.number().int().nullable().default(null),
        },
      },
      {
        release: '0.8.2',
        summary:
          'Topics gained their place in the course outline. The group id was also annotated as optional, which ' +
          'changed nothing on the wire: it already defaulted to null.',
        breaking: true,
        added: {
          context: producerDefault(z.record(z.unknown()), {}),
        },
      },
      {
        release: '11.0.0',
        summary:
          'The outline context became a mapping of strings, as part of the typed mappings that let the event ' +
          'travel over the event bus (filed under 10.6.0 in the changelog).',
        breaking: true,
        changed: {
          context: producerDefault(z.record(z.string()), {}),
        },
      },
    ],
  },
  z.object({
    title: z.string().describe('The topic title, copied from the course so that readers need not look it up.'),
    usage_key: opaqueKey(USAGE_KEY, 'The unit the topic is attached to, for in-context discussions.').nullable().default(null),
    group_id: z
      .number()
      .int()
      .describe('The group the topic is limited to, for providers that emulate cohorts with separate topics.')
      .nullable()
      .default(null),
    external_id: z
      .string()
      .describe('The id the discussion provider uses for the topic (the commentable id of the forum service).')
      .nullable()
      .default(null),
    ordering: z.number().int().describe('The position of the topic among the course topics.').nullable().default(null),
    context: producerDefault(
      z.record(z.string()).describe('Where the topic sits in the course outline, e.g. the names under `section`, `subsection` and `unit`.'),
      {},
    ),
  }),
);

export const CourseDiscussionConfigurationData = dataClass(
  {
    name: 'CourseDiscussionConfigurationData',
    module: 'learning',
    description: 'How discussions are set up for a course run: the provider, its options and the topics to create.',
    history: [
      {
        release: '0.8.0',
        summary: 'Added with the discussions configuration event.',
        breaking: false,
        added: {
          course_key: opaqueKey(COURSE_KEY),
          provider_type: z.string(),
          enable_in_context: producerDefault(z.boolean(), true),
          enable_graded_units: producerDefault(z.boolean(), false),
          unit_level_visibility: producerDefault(z.boolean(), false),
          plugin_configuration: producerDefault(z.record(z.unknown()), {}),
          contexts: producerDefault(z.array(DiscussionTopicContext), []),
        },
      },
      {
        release: '11.0.0',
        summary:
          'The provider settings became a mapping of booleans, as part of the typed mappings that let the event ' +
          'travel over the event bus (filed under 10.6.0 in the changelog).',
        breaking: true,
        changed: {
          plugin_configuration: producerDefault(z.record(z.boolean()), {}),
        },
      },
      {
        release: '11.1.0',
        summary: 'Added whether discussions are on at all, so that imports and reruns keep that setting.',
        breaking: true,
        added: {
          enabled: producerDefault(z.boolean(), true),
        },
      },
    ],
  },
  z.object({
    course_key: opaqueKey(COURSE_KEY, 'The course run the configuration applies to.'),
    provider_type: z.string().describe('The discussion provider in use, such as `openedx` or `legacy`.'),
    enabled: producerDefault(z.boolean().describe('Whether discussions are turned on for the course run.'), true),
    enable_in_context: producerDefault(
      z.boolean().describe('Whether discussions appear next to course units; only matters when discussions are on.'),
      true,
    ),
    enable_graded_units: producerDefault(z.boolean().describe('Whether graded units also get a discussion topic.'), false),
    unit_level_visibility: producerDefault(z.boolean().describe('Whether discussion visibility can be set unit by unit.'), false),
    plugin_configuration: producerDefault(
      z
        .record(z.boolean())
        .describe(
          'Provider-specific on/off settings. Upstream declares the `dict` type itself as the default rather than ' +
            'an empty mapping, so producers should always pass a value.',
        ),
      {},
    ),
    contexts: producerDefault(z.array(DiscussionTopicContext).describe('Every topic for which discussions are to be enabled.'), []),
  }),
);

// ---------------------------------------------------------------------------
// Grades
// ---------------------------------------------------------------------------

export const PersistentCourseGradeData = dataClass(
  {
    name: 'PersistentCourseGradeData',
    module: 'learning',
    description: "The stored summary of a learner's grade in a course run.",
    history: [
      {
        release: '0.13.0',
        summary: 'Added with the persistent grade summary event.',
        breaking: false,
        added: {
          user_id: z.number().int(),
          course: CourseData,
          course_edited_timestamp: dateTime(),
          course_version: z.string(),
          grading_policy_hash: z.string(),
          percent_grade: z.number(),
          letter_grade: z.string(),
          passed_timestamp: dateTime(),
        },
      },
    ],
  },
  z.object({
    user_id: z.number().int().describe('The LMS user id of the learner the grade belongs to.'),
    course: CourseData,
    course_edited_timestamp: dateTime('When the course content was last edited at the time the grade was computed.'),
    course_version: z.string().describe('The version of the course content the grade was computed against.'),
    grading_policy_hash: z.string().describe('A hash of the grading policy used, to detect policy changes.'),
    percent_grade: z.number().describe('The course grade as a fraction between 0 and 1.'),
    letter_grade: z.string().describe('The letter grade reached, such as `Pass` or `A`; empty when none applies.'),
    passed_timestamp: dateTime('When the learner first reached a passing grade in the course run.'),
  }),
);

export const CoursePassingStatusData = dataClass(
  {
    name: 'CoursePassingStatusData',
    module: 'learning',
    description: "Whether a learner's updated grade is enough to pass a course run.",
    history: [
      {
        release: '9.10.0',
        summary: 'Added with the passing status events.',
        breaking: false,
        added: {
          is_passing: z.boolean(),
          course: CourseData,
          user: UserData,
        },
      },
    ],
  },
  z.object({
    is_passing: z.boolean().describe('Whether the grade now meets the passing threshold of the course.'),
    course: CourseData,
    user: UserData,
  }),
);

export const CcxCoursePassingStatusData = dataClass(
  {
    name: 'CcxCoursePassingStatusData',
    module: 'learning',
    description: "Whether a learner's updated grade is enough to pass a CCX course; the course is described as a CCX.",
    history: [
      {
        release: '9.10.0',
        summary: 'Added with the passing status events.',
        breaking: false,
        added: {
          is_passing: z.boolean(),
          user: UserData,
          course: CcxCourseData,
        },
      },
    ],
  },
  // attrs drops the inherited `course` and appends the overriding one, so it comes last.
  z.object({
    is_passing: CoursePassingStatusData.shape.is_passing,
    user: CoursePassingStatusData.shape.user,
    course: CcxCourseData,
  }),
);

export const ExternalGraderScoreData = dataClass(
  {
    name: 'ExternalGraderScoreData',
    module: 'learning',
    description: 'A score that an external grader returned for a submission to a problem graded outside the LMS.',
    history: [
      {
        release: '10.1.0',
        summary: 'Added with the external grader score event.',
        breaking: false,
        added: {
          points_possible: z.number().int(),
          points_earned: z.number().int(),
          course_id: z.string(),
          score_msg: z.string(),
          submission_id: z.number().int(),
          user_id: z.string(),
          module_id: z.string(),
          queue_key: z.string(),
          queue_name: z.string(),
        },
      },
    ],
  },
  z.object({
    points_possible: z.number().int().describe('The maximum score the problem allows.'),
    points_earned: z.number().int().describe('The score the grader gave the submission.'),
    course_id: z.string().describe('The course run of the problem, as a plain course key string.'),
    score_msg: z.string().describe('The feedback the grader returned with the score, often HTML shown to the learner.'),
    submission_id: z.number().int().describe('The id of the graded submission in edx-submissions.'),
    user_id: z.string().describe('The anonymous student id of the learner who submitted, as stored with the submission.'),
    module_id: z.string().describe('The usage key of the graded problem block, as a string.'),
    queue_key: z.string().describe('The key that identifies the submission in the grading queue.'),
    queue_name: z.string().describe('The name of the grading queue that handled the submission.'),
  }),
);

// ---------------------------------------------------------------------------
// Skills, notifications
// ---------------------------------------------------------------------------

export const XBlockSkillVerificationData = dataClass(
  {
    name: 'XBlockSkillVerificationData',
    module: 'learning',
    description: 'Learner feedback on which skills tagged on a course block really apply to it.',
    history: [
      {
        release: '5.1.0',
        summary: 'Added with the skill verification event.',
        breaking: false,
        added: {
          usage_key: opaqueKey(USAGE_KEY),
          verified_skills: producerDefault(z.array(z.number().int()), []),
          ignored_skills: producerDefault(z.array(z.number().int()), []),
        },
      },
    ],
  },
  z.object({
    usage_key: opaqueKey(USAGE_KEY, 'The block whose skill tags the learner reviewed.'),
    verified_skills: producerDefault(
      z.array(z.number().int()).describe('Ids of the skills the learner confirmed as relevant to the block.'),
      [],
    ),
    ignored_skills: producerDefault(
      z.array(z.number().int()).describe('Ids of the skills the learner marked as not relevant to the block.'),
      [],
    ),
  }),
);

export const UserNotificationData = dataClass(
  {
    name: 'UserNotificationData',
    module: 'learning',
    description: 'A request to notify an explicit list of users about something in a course.',
    history: [
      {
        release: '8.2.0',
        summary: 'Added with the user notification event.',
        breaking: false,
        added: {
          user_ids: z.array(z.number().int()),
          notification_type: z.string(),
          content_url: z.string(),
          app_name: z.string(),
          course_key: opaqueKey(COURSE_KEY),
          context: producerDefault(z.record(z.unknown()), {}),
        },
      },
      {
        release: '11.0.0',
        summary:
          'The template context became a mapping of strings, as part of the typed mappings that let the event ' +
          'travel over the event bus (filed under 10.6.0 in the changelog).',
        breaking: true,
        changed: {
          context: producerDefault(z.record(z.string()), {}),
        },
      },
    ],
  },
  z.object({
    user_ids: z.array(z.number().int()).describe('LMS user ids of everyone who should receive the notification.'),
    notification_type: z.string().describe('The registered notification type, such as `new_response` or `ora_staff_notifications`.'),
    content_url: z.string().describe('The page the notification links to.'),
    app_name: z.string().describe('The notification app the type belongs to, such as `discussion` or `grading`.'),
    course_key: opaqueKey(COURSE_KEY, 'The course run the notification is about.'),
    context: producerDefault(z.record(z.string()).describe('Values used to fill in the notification template, such as a post title.'), {}),
  }),
);

export const CourseNotificationData = dataClass(
  {
    name: 'CourseNotificationData',
    module: 'learning',
    description: 'A request to notify an audience within a course, chosen by filters rather than by listing users.',
    history: [
      {
        release: '9.2.0',
        summary: 'Added with the course notification event.',
        breaking: false,
        added: {
          course_key: opaqueKey(COURSE_KEY),
          app_name: z.string(),
          notification_type: z.string(),
          content_url: z.string(),
          content_context: producerDefault(z.record(z.unknown()), {}),
          audience_filters: producerDefault(z.record(z.unknown()), {}),
        },
      },
      {
        release: '11.0.0',
        summary:
          'The template context became a mapping of strings and the audience filters a mapping of string lists, ' +
          'as part of the typed mappings that let the event travel over the event bus (filed under 10.6.0 in ' +
          'the changelog).',
        breaking: true,
        changed: {
          content_context: producerDefault(z.record(z.string()), {}),
          audience_filters: producerDefault(z.record(z.array(z.string())), {}),
        },
      },
    ],
  },
  z.object({
    course_key: opaqueKey(COURSE_KEY, 'The course run whose members may be notified.'),
    app_name: z.string().describe('The notification app the type belongs to, such as `discussion`.'),
    notification_type: z.string().describe('The registered notification type, such as `new_discussion_post`.'),
    content_url: z.string().describe('The page the notification links to.'),
    content_context: producerDefault(
      z.record(z.string()).describe('Values used to fill in the notification template, such as a post title.'),
      {},
    ),
    audience_filters: producerDefault(
      z
        .record(z.array(z.string()))
        .describe(
          'Who should be notified: filter names (e.g. `enrollments`, `course_roles`, `cohorts`) mapped to the ' +
            'values to match. With no filters, every active learner of the course is notified.',
        ),
      {},
    ),
  }),
);

// ---------------------------------------------------------------------------
// Programs, exams, roles
// ---------------------------------------------------------------------------

export const ProgramData = dataClass(
  {
    name: 'ProgramData',
    module: 'learning',
    description: 'A program (a series of courses) as defined in the course catalog.',
    history: [
      {
        release: '8.4.0',
        summary: 'Added with the program certificate events.',
        breaking: false,
        added: {
          uuid: z.string(),
          title: z.string(),
          program_type: z.string(),
        },
      },
    ],
  },
  z.object({
    uuid: z.string().describe('The UUID of the program in Course Discovery.'),
    title: z.string().describe('The program title.'),
    program_type: z.string().describe('The program type slug, such as `professional-certificate` or `micromasters`.'),
  }),
);

export const ProgramCertificateData = dataClass(
  {
    name: 'ProgramCertificateData',
    module: 'learning',
    description: 'A program certificate (a credential in the Credentials service) of one learner.',
    history: [
      {
        release: '8.4.0',
        summary: 'Added with the program certificate events.',
        breaking: false,
        added: {
          user: UserData,
          program: ProgramData,
          uuid: z.string(),
          status: z.string(),
          url: z.string(),
          certificate_available_date: dateTime().nullable().default(null),
        },
      },
    ],
  },
  z.object({
    user: UserData,
    program: ProgramData,
    uuid: z.string().describe('The UUID of the user credential record in Credentials.'),
    status: z.string().describe('The credential status, `awarded` or `revoked`.'),
    url: z.string().describe("The public address of the learner's credential."),
    certificate_available_date: dateTime('From when the learner may see the credential, if a date is set.').nullable().default(null),
  }),
);

export const ExamAttemptData = dataClass(
  {
    name: 'ExamAttemptData',
    module: 'learning',
    description:
      'An attempt at a special (timed or proctored) exam, as tracked by edx-exams. The legacy edx-proctoring ' +
      'backend does not send it.',
    history: [
      {
        release: '8.7.0',
        summary: 'Added with the exam attempt events.',
        breaking: false,
        added: {
          student_user: UserData,
          course_key: opaqueKey(COURSE_KEY),
          usage_key: opaqueKey(USAGE_KEY),
          exam_type: z.string(),
          requesting_user: UserData.nullable().default(null),
        },
      },
    ],
  },
  z.object({
    student_user: UserData,
    course_key: opaqueKey(COURSE_KEY, 'The course run the exam belongs to.'),
    usage_key: opaqueKey(USAGE_KEY, 'The exam subsection.'),
    exam_type: z.string().describe('The kind of special exam, such as `timed`, `proctored` or `onboarding`.'),
    requesting_user: UserData.nullable().default(null),
  }),
);

export const ManageStudentsPermissionData = dataClass(
  {
    name: 'ManageStudentsPermissionData',
    module: 'learning',
    description:
      'A permission to manage the learners of a course run or of an organization, given to or taken from a user. ' +
      'Upstream removed the class in 9.5.2 with the two events that carried it.',
    history: [
      {
        release: '8.8.0',
        summary: 'Added with the manage-students permission events.',
        breaking: false,
        added: {
          user: UserData,
          permission: z.string(),
          course_key: z.string().nullable().default(null),
          org: z.string().nullable().default(null),
        },
      },
    ],
  },
  z.object({
    user: UserData,
    permission: z.string().describe('The permission given or taken, such as `manage_students`.'),
    course_key: z
      .string()
      .describe('The course run the permission applies to, as a plain course key string; null when it applies to an organization.')
      .nullable()
      .default(null),
    org: z
      .string()
      .describe('The organization the permission applies to, when it is not limited to one course run.')
      .nullable()
      .default(null),
  }),
);

export const CourseAccessRoleData = dataClass(
  {
    name: 'CourseAccessRoleData',
    module: 'learning',
    description: 'A role that gives a user access to a course run, such as staff or instructor.',
    history: [
      {
        release: '9.4.0',
        summary: 'Added with the course access role events.',
        breaking: false,
        added: {
          user: UserData,
          org_key: z.string(),
          course_key: opaqueKey(COURSE_KEY),
          role: z.string(),
        },
      },
    ],
  },
  z.object({
    user: UserData,
    org_key: z.string().describe('The organization the role is scoped to, such as `edX`.'),
    course_key: opaqueKey(COURSE_KEY, 'The course run the role applies to.'),
    role: z.string().describe('The role name, such as `staff`, `instructor`, `limited_staff` or `beta_testers`.'),
  }),
);

// ---------------------------------------------------------------------------
// Forums
// ---------------------------------------------------------------------------

export const DiscussionThreadData = dataClass(
  {
    name: 'DiscussionThreadData',
    module: 'learning',
    description: 'A forum post: a thread, a response to a thread, or a comment on a response, with its author and course.',
    history: [
      {
        release: '8.9.0',
        summary: 'Added with the forum events; every field but the lists and mappings was required.',
        breaking: false,
        added: {
          anonymous: z.boolean(),
          anonymous_to_peers: z.boolean(),
          body: z.string(),
          category_id: z.number().int(),
          category_name: z.string(),
          commentable_id: z.string(),
          group_id: z.number().int(),
          id: z.number().int(),
          team_id: z.number().int(),
          thread_type: z.string(),
          title: z.string(),
          title_truncated: z.boolean(),
          truncated: z.boolean(),
          url: z.string(),
          user: UserData,
          course_id: opaqueKey(COURSE_KEY),
          discussion: producerDefault(z.record(z.unknown()), {}),
          user_course_roles: producerDefault(z.array(z.string()), []),
          user_forums_roles: producerDefault(z.array(z.string()), []),
          options: producerDefault(z.record(z.unknown()), {}),
        },
      },
      {
        release: '11.0.0',
        summary:
          'The post id became a string; the fields only some posts have became optional, null by default, and ' +
          'moved after the required ones; the parent thread ' +
          'details became an optional mapping of strings and the flags a mapping of booleans, so that the event ' +
          'can travel over the event bus. The changelog files it under 10.6.0.',
        breaking: true,
        removed: [
          'thread_type',
          'anonymous',
          'anonymous_to_peers',
          'title',
          'title_truncated',
          'group_id',
          'team_id',
          'category_id',
          'category_name',
        ],
        changed: {
          id: z.string(),
          discussion: z.record(z.string()).nullable().default(null),
          options: producerDefault(z.record(z.boolean()), {}),
        },
        added: {
          thread_type: z.string().nullable().default(null),
          anonymous: z.boolean().nullable().default(null),
          anonymous_to_peers: z.boolean().nullable().default(null),
          title: z.string().nullable().default(null),
          title_truncated: z.boolean().nullable().default(null),
          group_id: z.number().int().nullable().default(null),
          team_id: z.number().int().nullable().default(null),
          category_id: z.number().int().nullable().default(null),
          category_name: z.string().nullable().default(null),
        },
      },
    ],
  },
  z.object({
    body: z.string().describe('The text of the post.'),
    commentable_id: z.string().describe('The discussion topic the post belongs to.'),
    id: z.string().describe('The id of the post in the forum service.'),
    truncated: z.boolean().describe('Whether `body` was shortened for the event.'),
    url: z.string().describe('The address of the thread the post belongs to.'),
    user: UserData,
    course_id: opaqueKey(COURSE_KEY, 'The course run whose forum holds the post.'),
    thread_type: z
      .string()
      .describe('Whether the thread is a `discussion` or a `question`; set for threads only.')
      .nullable()
      .default(null),
    anonymous: z.boolean().describe('Whether the author posted anonymously.').nullable().default(null),
    anonymous_to_peers: z
      .boolean()
      .describe('Whether the author is hidden from other learners but not from staff.')
      .nullable()
      .default(null),
    title: z.string().describe('The thread title.').nullable().default(null),
    title_truncated: z.boolean().describe('Whether `title` was shortened for the event.').nullable().default(null),
    group_id: z.number().int().describe('The cohort the post is restricted to, if any.').nullable().default(null),
    team_id: z.number().int().describe('The team the post belongs to, if any.').nullable().default(null),
    category_id: z.number().int().describe('The id of the discussion category.').nullable().default(null),
    category_name: z.string().describe('The display name of the discussion category.').nullable().default(null),
    discussion: z
      .record(z.string())
      .describe('Details of the parent thread, such as its `id`; sent for responses and comments.')
      .nullable()
      .default(null),
    user_course_roles: producerDefault(z.array(z.string()).describe("The author's course roles, such as `staff`."), []),
    user_forums_roles: producerDefault(z.array(z.string()).describe("The author's forum roles, such as `Student` or `Moderator`."), []),
    options: producerDefault(
      z.record(z.boolean()).describe('Flags of the post, such as `followed` for whether the author follows it.'),
      {},
    ),
  }),
);

// ---------------------------------------------------------------------------
// Open Response Assessment
// ---------------------------------------------------------------------------

export const ORASubmissionAnswer = dataClass(
  {
    name: 'ORASubmissionAnswer',
    module: 'learning',
    description: 'What a learner submitted to an Open Response Assessment: text parts and uploaded files.',
    history: [
      {
        release: '9.9.2',
        summary: 'Added when the ORA submission was remodelled, to hold the text parts and the file details.',
        breaking: false,
        added: {
          parts: producerDefault(z.array(z.record(z.unknown())), []),
          file_keys: producerDefault(z.array(z.string()), []),
          file_descriptions: producerDefault(z.array(z.string()), []),
          file_names: producerDefault(z.array(z.string()), []),
          file_sizes: producerDefault(z.array(z.number().int()), []),
          file_urls: producerDefault(z.array(z.string()), []),
        },
      },
      {
        release: '11.0.0',
        summary:
          'Each text part became a mapping of strings, as part of the typed mappings that let the event travel ' +
          'over the event bus (filed under 10.6.0 in the changelog).',
        breaking: true,
        changed: {
          parts: producerDefault(z.array(z.record(z.string())), []),
        },
      },
    ],
  },
  z.object({
    parts: producerDefault(
      z.array(z.record(z.string())).describe('The text responses, one mapping per prompt (e.g. `{"text": "..."}`).'),
      [],
    ),
    file_keys: producerDefault(z.array(z.string()).describe('Storage keys of the uploaded files.'), []),
    file_descriptions: producerDefault(
      z.array(z.string()).describe('The descriptions the learner gave the uploaded files, in the same order.'),
      [],
    ),
    file_names: producerDefault(z.array(z.string()).describe('Names of the uploaded files, in the same order.'), []),
    file_sizes: producerDefault(z.array(z.number().int()).describe('Sizes of the uploaded files in bytes, in the same order.'), []),
    file_urls: producerDefault(z.array(z.string()).describe('Addresses to download the uploaded files, in the same order.'), []),
  }),
);

export const ORAFileDownloadsData = dataClass(
  {
    name: 'ORAFileDownloadsData',
    module: 'learning',
    description:
      'One uploaded file of an ORA submission, as the first form of ORA_SUBMISSION_CREATED (9.9.0 and 9.9.1) ' +
      'described it. Upstream dropped the class in 9.9.2; it is kept here for the history of that event.',
    history: [
      {
        release: '9.9.0',
        summary: 'Added with the ORA submission event; 9.9.2 stopped using it when the submission was remodelled.',
        breaking: false,
        added: {
          download_url: z.string(),
          description: z.string(),
          name: z.string(),
          size: z.number().int(),
        },
      },
    ],
  },
  z.object({
    download_url: z.string().describe('Where the file can be downloaded.'),
    description: z.string().describe('The description the learner gave the file.'),
    name: z.string().describe('The file name.'),
    size: z.number().int().describe('The file size in bytes.'),
  }),
);

export const ORASubmissionData = dataClass(
  {
    name: 'ORASubmissionData',
    module: 'learning',
    description: 'A submission to an Open Response Assessment (ORA) problem.',
    history: [
      {
        release: '9.9.0',
        summary: 'Added with the ORA submission event: the submission id and its file downloads.',
        breaking: false,
        added: {
          id: z.string(),
          file_downloads: producerDefault(z.array(ORAFileDownloadsData), []),
        },
      },
      {
        release: '9.9.2',
        summary:
          'The submission was remodelled: its id and file download list were replaced by the submission UUID, ' +
          'the anonymous learner id, the block, the attempt number, the dates and a structured answer.',
        breaking: true,
        removed: ['id', 'file_downloads'],
        added: {
          uuid: z.string(),
          anonymous_user_id: z.string(),
          location: z.string(),
          attempt_number: z.number().int(),
          created_at: dateTime(),
          submitted_at: dateTime(),
          answer: ORASubmissionAnswer,
        },
      },
    ],
  },
  z.object({
    uuid: z.string().describe('The UUID of the submission in edx-submissions.'),
    anonymous_user_id: z.string().describe('The anonymous id of the learner within the course.'),
    location: z.string().describe('The usage key of the ORA block, as a string.'),
    attempt_number: z.number().int().describe('Which attempt of the learner this submission is.'),
    created_at: dateTime('When the submission record was created.'),
    submitted_at: dateTime('When the learner submitted.'),
    answer: ORASubmissionAnswer,
  }),
);

// ---------------------------------------------------------------------------
// Badges, identity verification, LTI
// ---------------------------------------------------------------------------

export const BadgeTemplateData = dataClass(
  {
    name: 'BadgeTemplateData',
    module: 'learning',
    description: 'The template a badge is issued from: what the badge is and which provider issues it.',
    history: [
      {
        release: '9.10.0',
        summary: 'Added with the badge events.',
        breaking: false,
        added: {
          uuid: z.string(),
          origin: z.string(),
          name: z.string().nullable().default(null),
          description: z.string().nullable().default(null),
          image_url: z.string().nullable().default(null),
        },
      },
    ],
  },
  z.object({
    uuid: z.string().describe('The UUID of the badge template.'),
    origin: z.string().describe('The badge provider the template comes from, such as `credly` or `accredible`.'),
    name: z.string().describe('The badge name.').nullable().default(null),
    description: z.string().describe('What the badge recognizes.').nullable().default(null),
    image_url: z.string().describe('The address of the badge image.').nullable().default(null),
  }),
);

export const BadgeData = dataClass(
  {
    name: 'BadgeData',
    module: 'learning',
    description: 'A badge issued to a learner by the Credentials service.',
    history: [
      {
        release: '9.10.0',
        summary: 'Added with the badge events.',
        breaking: false,
        added: {
          uuid: z.string(),
          user: UserData,
          template: BadgeTemplateData,
        },
      },
    ],
  },
  z.object({
    uuid: z.string().describe('The UUID of the issued badge (the user credential in Credentials).'),
    user: UserData,
    template: BadgeTemplateData,
  }),
);

export const VerificationAttemptData = dataClass(
  {
    name: 'VerificationAttemptData',
    module: 'learning',
    description: 'An identity verification (IDV) attempt of a user.',
    history: [
      {
        release: '9.13.0',
        summary: 'Added with the identity verification events.',
        breaking: false,
        added: {
          attempt_id: z.number().int(),
          user: UserData,
          status: z.string(),
          name: z.string().nullable().default(null),
          expiration_date: dateTime().nullable().default(null),
        },
      },
    ],
  },
  z.object({
    attempt_id: z.number().int().describe('The id of the verification attempt.'),
    user: UserData,
    status: z.string().describe('The status of the attempt, such as `created`, `pending`, `approved` or `denied`.'),
    name: z.string().describe('The name being verified against the ID document, when known.').nullable().default(null),
    expiration_date: dateTime('When the verification expires, when known.').nullable().default(null),
  }),
);

export const LtiProviderLaunchParamsData = dataClass(
  {
    name: 'LtiProviderLaunchParamsData',
    module: 'learning',
    description: 'The LTI parameters an external tool consumer sent with a launch.',
    history: [
      {
        release: '10.3.0',
        summary: 'Added with the LTI launch event.',
        breaking: false,
        added: {
          roles: z.string(),
          context_id: z.string(),
          user_id: z.string(),
          extra_params: producerDefault(z.record(z.string()), {}),
        },
      },
    ],
  },
  z.object({
    roles: z.string().describe('The LTI roles of the user, comma-separated, such as `Learner` or `Instructor`.'),
    context_id: z.string().describe('The id of the launch context (usually a course) in the LTI consumer.'),
    user_id: z.string().describe('The id of the user in the LTI consumer.'),
    extra_params: producerDefault(
      z.record(z.string()).describe('The other launch parameters, such as `context_title`; the OAuth parameters are left out.'),
      {},
    ),
  }),
);

export const LtiProviderLaunchData = dataClass(
  {
    name: 'LtiProviderLaunchData',
    module: 'learning',
    description: 'A successful LTI launch into Open edX content from an external learning platform.',
    history: [
      {
        release: '10.3.0',
        summary: 'Added with the LTI launch event.',
        breaking: false,
        added: {
          user: UserData,
          course_key: opaqueKey(COURSE_KEY),
          usage_key: opaqueKey(USAGE_KEY),
          launch_params: LtiProviderLaunchParamsData,
        },
      },
    ],
  },
  z.object({
    user: UserData,
    course_key: opaqueKey(COURSE_KEY, 'The course run of the launched content.'),
    usage_key: opaqueKey(USAGE_KEY, 'The launched block.'),
    launch_params: LtiProviderLaunchParamsData,
  }),
);
