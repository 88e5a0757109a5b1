import { defineEvent } from '../model';
import { openedxWebhooks } from '../plugins';
import { CourseCatalogData } from '../data/content_authoring';

export default defineEvent({
  signal: 'COURSE_CATALOG_INFO_CHANGED',
  eventType: 'org.openedx.content_authoring.course.catalog_info.changed.v1',
  description:
    'Studio announces that a course run changed in a way that matters to course catalogs. It is sent each time ' +
    'a course is published, so that catalog services can refresh their copy of the run without a batch sync.',
  keyField: 'catalog_info.course_key',
  keyFieldSince: '9.6.0',
  producers: [
    {
      repository: 'openedx/openedx-platform',
      service: 'Studio',
      trigger:
        "After a course publish commits, Studio builds the course's catalog data (name, schedule, pacing, visibility) and sends it, if the SEND_CATALOG_INFO_SIGNAL toggle is on; libraries are skipped.",
      source: {
        url: 'https://github.com/openedx/edx-platform/blob/023e07c29ef081dd4f5f444386a8290641abc6d9/cms/djangoapps/contentstore/signals/handlers.py#L111',
        confidence: 'read',
        note: "An early (2022) version of the file; the send is still in contentstore's signal handlers in later versions, where the event-bus publication moved to EVENT_BUS_PRODUCER_CONFIG.",
      },
    },
  ],
  consumers: [
    openedxWebhooks('Studio', {
      url: 'https://github.com/aulasneo/openedx-webhooks/blob/d2b42e4e126a9a20f8a533ac497e7973cab08d09/openedx_webhooks/apps.py#L11',
      confidence: 'read',
    }),
    {
      repository: 'openedx/course-discovery',
      service: 'Course Discovery',
      use: "Updates (or creates) the matching course run in Discovery from the event's catalog data via the courses API data loader, optionally waiting a configured delay for fresh events.",
      kind: 'event-bus-consumer',
      source: {
        url: 'https://github.com/openedx/course-discovery/blob/e519c2834f2dcd89cda9b82656ac99369eb9ca1b/course_discovery/apps/course_metadata/signals.py#L348',
        confidence: 'read',
        note: "Discovery's ADR docs/decisions/0015-event-bus-with-rcm.rst says an event-bus consumer runs on separate infrastructure and turns these events into this Django signal; settings/base.py defines EVENT_BUS_* delay settings and devstack.py an EVENT_BUS_CONSUMER.",
      },
    },
  ],
  busUsage: [
    {
      topic: 'course-catalog-info-changed',
      keyField: 'catalog_info.course_key',
      source: {
        url: 'https://github.com/openedx/edx-platform/blob/023e07c29ef081dd4f5f444386a8290641abc6d9/cms/djangoapps/contentstore/signals/handlers.py#L163-L164',
        confidence: 'read',
      },
    },
    {
      topic: 'course-catalog-info-changed',
      keyField: 'catalog_info.course_key',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/8051898ace3da13301e77412d12dbe013f5c1acd/cms/envs/common.py#L1246',
        confidence: 'read',
      },
    },
    {
      topic: 'course-catalog-info-changed',
      source: {
        url: 'https://github.com/openedx/openedx-platform/blob/9678179d7170caaab31f387af4387af714122ab2/cms/envs/devstack.py',
        confidence: 'excerpt',
      },
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
