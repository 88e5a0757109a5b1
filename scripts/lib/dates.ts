/** A real calendar date written `YYYY-MM-DD` (so `2022-02-30` is not one). */
export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString().startsWith(value);
}

/**
 * Today's date in UTC, `YYYY-MM-DD`: no history entry may be dated after it.
 * `EVENTS_TODAY` sets it, so that tests do not depend on the clock.
 */
export function todayUtc(): string {
  return process.env.EVENTS_TODAY ?? new Date().toISOString().slice(0, 10);
}
