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
  producers: [
    {
      repository: 'openedx/event-tracking',
      service: 'LMS / Studio',
      trigger:
        'The event-bus backend of event-tracking processes a tracking-log event whose name is listed in ' +
        '`EVENT_BUS_TRACKING_LOGS`, while `SEND_TRACKING_EVENT_EMITTED_SIGNAL` is on.',
    },
  ],
  consumers: [
    {
      repository: 'openedx/event-tracking',
      service: 'Event bus consumer (e.g. for Aspects)',
      use:
        'Rebuilds the tracking-log event and passes it to the configured tracking backends, such as ' +
        'event-routing-backends feeding the Aspects analytics stack.',
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
