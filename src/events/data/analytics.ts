/** Data classes of the analytics domain. */
import { z } from 'zod';
import { dataClass } from '../model';
import { dateTime } from './keys';

export const TrackingLogData = dataClass(
  {
    name: 'TrackingLogData',
    module: 'analytics',
    description: 'One tracking-log event, as the event-tracking library emitted it.',
    history: [
      {
        release: '9.1.0',
        summary: 'Added with TRACKING_EVENT_EMITTED, in the new analytics module.',
        breaking: false,
        added: {
          name: z.string(),
          timestamp: dateTime(),
          data: z.string(),
          context: z.string(),
        },
      },
    ],
  },
  z.object({
    name: z.string().describe('The name of the tracking-log event, e.g. `edx.course.enrollment.activated`.'),
    timestamp: dateTime('When the tracking-log event was emitted.'),
    data: z.string().describe('The event-specific payload, as a JSON object serialized to a string.'),
    context: z
      .string()
      .describe('The context of the event (user, course, page, client and so on), as a JSON object serialized to a string.'),
  }),
);
