import { defineEvent } from '../model';
import { TrackingLogData } from '../data/analytics';

export default defineEvent({
  signal: 'TRACKING_EVENT_EMITTED',
  eventType: 'org.openedx.analytics.tracking.event.emitted.v1',
  description:
    'Carries a tracking-log event over the event bus, so analytics pipelines receive it in near real time ' +
    'instead of through asynchronous tasks or log files. Only tracking-log events chosen in the settings of the ' +
    'sending service are sent.',
  keyField: 'tracking_log.name',
  keyFieldSince: '9.6.0',
  producers: [
    {
      repository: 'openedx/event-tracking',
      service: 'LMS / Studio (event-tracking library)',
      trigger:
        'A tracking log event reaches an EventBusRoutingBackend, SEND_TRACKING_EVENT_EMITTED_SIGNAL is on and the event name is listed in EVENT_BUS_TRACKING_LOGS.',
      source: {
        url: 'https://github.com/openedx/event-tracking/blob/c854e691691bd1dece65b011b9efd5d8c1087136/eventtracking/backends/event_bus.py#L54',
        confidence: 'read',
        note: 'event-routing-backends fills EVENT_BUS_TRACKING_LOGS with its xAPI+Caliper allow-lists (https://github.com/openedx/event-routing-backends/blob/e2acb7041825688ed388550cbd1a4b3920db3325/event_routing_backends/settings/common.py#L203-L206).',
      },
    },
  ],
  consumers: [
    {
      repository: 'openedx/event-tracking',
      service: 'LMS (event bus consumer worker)',
      use: 'For events that arrived from the bus only, rebuilds the tracking event and runs it through every configured EventBusRoutingBackend (processors, then the sync xAPI/Caliper routers of event-routing-backends).',
      kind: 'event-bus-consumer',
      source: {
        url: 'https://github.com/openedx/event-tracking/blob/c854e691691bd1dece65b011b9efd5d8c1087136/eventtracking/handlers.py#L18',
        confidence: 'read',
        note: "Ignores in-process sends (checks from_event_bus). Tutor Aspects runs it as './manage.py lms consume_events -t analytics' (https://github.com/openedx/tutor-contrib-aspects/blob/3e1a2d2b5d294471450866f6356012f2bbcea6a0/tutoraspects/patches/local-docker-compose-services#L120); ERB docs give the same command (https://github.com/openedx/event-routing-backends/blob/e2acb7041825688ed388550cbd1a4b3920db3325/docs/technical_documentation/quickstarts/configuration.rst#L206).",
      },
    },
  ],
  busUsage: [
    {
      topic: 'analytics',
      keyField: 'tracking_log.name',
      source: {
        url: 'https://github.com/openedx/tutor-contrib-aspects/blob/3e1a2d2b5d294471450866f6356012f2bbcea6a0/tutoraspects/patches/openedx-common-settings#L52-L60',
        confidence: 'read',
      },
    },
    {
      topic: 'analytics',
      keyField: 'tracking_log.name',
      source: {
        url: 'https://github.com/openedx/event-routing-backends/blob/e2acb7041825688ed388550cbd1a4b3920db3325/docs/technical_documentation/quickstarts/configuration.rst#L194-L200',
        confidence: 'read',
      },
    },
  ],
  data: { tracking_log: TrackingLogData },
  examples: [
    {
      tracking_log: {
        name: 'edx.course.enrollment.activated',
        timestamp: '2026-03-02T16:41:09+00:00',
        data: '{"course_id": "course-v1:edX+DemoX+Demo_Course", "user_id": 48213, "mode": "audit"}',
        context:
          '{"course_id": "course-v1:edX+DemoX+Demo_Course", "org_id": "edX", "user_id": 48213, ' +
          '"path": "/api/enrollment/v1/enrollment", "host": "lms.example.org"}',
      },
    },
  ],
  history: [
    {
      release: '9.1.0',
      summary: 'Event added, in the new analytics domain.',
      breaking: false,
      added: { tracking_log: TrackingLogData },
    },
  ],
});
