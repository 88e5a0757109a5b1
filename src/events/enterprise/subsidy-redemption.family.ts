/**
 * What SUBSIDY_REDEEMED and SUBSIDY_REDEMPTION_REVERSED share: they carry the
 * same SubsidyRedemption, and were added together.
 */
import type { z } from 'zod';
import type { HistoryEntry } from '../model';
import { SubsidyRedemption } from '../data/enterprise';

export const SUBSIDY_REDEMPTION_EXAMPLE = {
  subsidy_identifier: '5f0d3b8e-2c4a-4e7b-9a1d-6c3e8f2b0a47',
  content_key: 'course-v1:edX+DemoX+Demo_Course',
  lms_user_id: 48213,
} satisfies z.input<typeof SubsidyRedemption>;

/** The history entry that added the event; `sibling` is the signal of the other event added with it. */
export function subsidyRedemptionAdded(sibling: string): HistoryEntry {
  return {
    release: '9.7.0',
    summary: `Event added, together with ${sibling}, when the enterprise domain came back.`,
    breaking: false,
    added: { redemption: SubsidyRedemption },
  };
}
