import { defineEvent } from '../model';
import { CourseCatalogData } from '../data/content_authoring';

export default defineEvent({
  signal: 'COURSE_CATALOG_INFO_CHANGED',
  eventType: 'org.openedx.content_authoring.course.catalog_info.changed.v1',
  description:
    'Studio announces that a course run changed in a way that matters to course catalogs. It is sent each time ' +
    'a course is published, so that catalog services can refresh their copy of the run without a batch sync.',
  keyField: 'catalog_info.course_key',
  producers: [
    {
      repository: 'openedx/edx-platform',
      service: 'Studio',
      trigger: 'A course is published in Studio.',
    },
  ],
  consumers: [
    {
      repository: 'openedx/course-discovery',
      service: 'Course Discovery',
      use: 'Updates the matching course run (title, dates, pacing, visibility) when Publisher is enabled.',
    },
  ],
  data: { catalog_info: CourseCatalogData },
  examples: [
    {
      catalog_info: {
        course_key: 'course-v1:edX+DemoX+Demo_Course',
        name: 'Demonstration Course',
        schedule_data: {
          start: '2026-01-12T09:00:00+00:00',
          pacing: 'instructor',
          end: '2026-04-30T23:59:00+00:00',
          enrollment_start: '2025-11-01T00:00:00+00:00',
          enrollment_end: null,
        },
        hidden: false,
        invitation_only: false,
      },
    },
  ],
  excludedFields: [
    {
      field: 'catalog_info.media',
      reason: 'Studio sends course media in inconsistent forms; Publisher-enabled catalogs manage media themselves.',
      adr: 9,
    },
    {
      field: 'catalog_info.short_description',
      reason: 'Publisher-enabled catalogs own the description, so Course Discovery ignores the value from Studio.',
      adr: 9,
    },
    {
      field: 'catalog_info.mobile_available',
      reason: 'Only a catalog without Publisher would use it, and no consumer of the event runs without Publisher.',
      adr: 9,
    },
    {
      field: 'catalog_info.effort',
      reason: 'Publisher-enabled catalogs own the effort estimate, so Course Discovery ignores the value from Studio.',
      adr: 9,
    },
  ],
  history: [
    {
      release: '0.11.0',
      summary: 'Event added, in the new content_authoring domain.',
      breaking: false,
      added: { catalog_info: CourseCatalogData },
    },
  ],
});
