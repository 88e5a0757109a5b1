/** Data classes of the content_authoring domain. */
import { z } from 'zod';
import { dataClass, producerDefault } from '../model';
import { COURSE_KEY, dateTime, opaqueKey } from './keys';

export const CourseScheduleData = dataClass(
  {
    name: 'CourseScheduleData',
    module: 'content_authoring',
    description: 'When a course run takes place and is open for enrollment, and how it is paced.',
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
  },
  z.object({
    course_key: opaqueKey(COURSE_KEY, 'The course run whose catalog information changed.'),
    name: z.string().describe('The course title as shown to learners.'),
    schedule_data: CourseScheduleData,
    hidden: producerDefault(z.boolean().describe('Whether the run is left out of catalog listings.'), false),
    invitation_only: producerDefault(
      z.boolean().describe('Whether only invited learners may enroll in the run.'),
      false,
    ),
  }),
);
