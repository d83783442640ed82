import type { CalendarConfig } from '../centers/calendar-config';
import { workingMillisBetween } from '../centers/working-days';
import type { MeasuredDurations, UnmeasuredCallback } from './stats-store';

/**
 * Working milliseconds between two instants for one calendar, as measuring and seeding take
 * them. Each day's opening hours are computed once per calendar by `openingOn` itself.
 */
export const workingClock =
  (calendar: CalendarConfig) =>
  (from: Date, to: Date): number =>
    workingMillisBetween(from, to, calendar);

/** Time to claim and to close in working hours, both counted from the booking. */
export function measure(
  callback: UnmeasuredCallback,
  workingMs: (from: Date, to: Date) => number,
): MeasuredDurations {
  return {
    id: callback.id,
    ...(callback.claimedAt
      ? { claim: { of: callback.claimedAt, workingMs: workingMs(callback.bookedAt, callback.claimedAt) } }
      : {}),
    ...(callback.closedAt
      ? { close: { of: callback.closedAt, workingMs: workingMs(callback.bookedAt, callback.closedAt) } }
      : {}),
  };
}
