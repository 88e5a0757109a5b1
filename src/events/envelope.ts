/**
 * The metadata every event carries besides its data. The event bus sends it
 * as message headers (`ce_id`, `ce_type`...); in-process receivers get it as
 * the `metadata` argument of the signal.
 */
import { z } from 'zod';
import { dateTime } from './data/keys';

export const EventEnvelope = z
  .object({
    id: z.string().uuid().describe('A unique identifier of this one emission of the event; a consumer can use it to drop duplicates.'),
    event_type: z
      .string()
      .min(1)
      .describe('The event type, e.g. `org.openedx.learning.course.enrollment.created.v1`, naming the data schema to use.'),
    minorversion: z
      .number()
      .int()
      .min(0)
      .describe('The minor version of the event type; changes within a major version are additive and compatible.'),
    source: z.string().min(1).describe('The logical service that sent the event, as a URI such as `openedx/lms/web`.'),
    sourcehost: z.string().min(1).describe('The host name of the machine that sent the event.'),
    time: dateTime('When the event happened, in UTC.'),
    sourcelib: z
      .array(z.number().int().min(0))
      .describe('The openedx-events version the sender used, as a list of integers such as `[11, 2, 0]`.'),
  })
  .describe('Metadata of an Open edX event.');

export const ENVELOPE_EXAMPLE: z.input<typeof EventEnvelope> = {
  id: 'b3e1c0a4-6f2d-4c8e-9a51-0f7d2c4b8e13',
  event_type: 'org.openedx.content_authoring.course.catalog_info.changed.v1',
  minorversion: 0,
  source: 'openedx/cms/web',
  sourcehost: 'studio-7c9f5d-abcde',
  time: '2026-01-12T09:00:03.512000+00:00',
  sourcelib: [11, 2, 0],
};
