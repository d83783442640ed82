import type { CalendarConfig } from '../centers/calendar-config';
import { addLocalDays, copenhagenDate } from '../centers/copenhagen-time';
import { openingOn, type Opening } from '../centers/opening-hours';
import type { MeasuredDurations, UnmeasuredCallback } from '../shared/stats-store';

/**
 * Working milliseconds between two instants, as `workingMillisBetween` counts them, with each
 * day's opening hours looked up once: measuring thousands of callbacks (or seeding 100,000)
 * would otherwise ask Intl for the same days over and over.
 */
export function workingClock(calendar: CalendarConfig): (from: Date, to: Date) => number {
  const openings = new Map<string, Opening | null>();
  const opening = (date: string): Opening | null => {
    let found = openings.get(date);
    if (found === undefined) {
      found = openingOn(date, calendar);
      openings.set(date, found);
    }
    return found;
  };
  return (from, to) => {
    if (to <= from) return 0;
    const last = copenhagenDate(to);
    let total = 0;
    for (let date = copenhagenDate(from); date <= last; date = addLocalDays(date, 1)) {
      const hours = opening(date);
      if (!hours) continue;
      const start = Math.max(from.getTime(), hours.open.getTime());
      const end = Math.min(to.getTime(), hours.close.getTime());
      if (end > start) total += end - start;
    }
    return total;
  };
}

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
