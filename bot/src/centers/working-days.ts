import { AppError } from '../shared/errors';
import type { CalendarConfig } from './calendar-config';
import { addLocalDays, copenhagenDate } from './copenhagen-time';
import { nextWorkingDay, openingOn } from './opening-hours';

export { defaultCalendarConfig, parseCalendarConfig, type CalendarConfig } from './calendar-config';
export { isWorkingDay, nextOpening, openingOn } from './opening-hours';

/**
 * Deadline rule (design.md §3): the deadline is the closing time of the Nth working day after the
 * day the booking counts from. A booking on a working day before its closing time (also before
 * opening) counts from that day; a booking at or after closing, or on a closed day, counts from the
 * next working day. So with 2 days: Monday 10:00 -> Wednesday closing; Monday 15:00 or 16:00 ->
 * counts from Tuesday -> Thursday closing; Saturday -> counts from Monday -> Wednesday closing.
 * With 0 days the deadline is the closing time of the day the booking counts from.
 */
export function callbackDeadline(bookedAt: Date, workingDays: number, config: CalendarConfig): Date {
  if (!Number.isInteger(workingDays) || workingDays < 0) {
    throw new AppError('CONFIG_INVALID', `working days must be a whole number >= 0, got ${workingDays}`, {
      setting: 'deadlineWorkingDays',
    });
  }
  const bookedOn = copenhagenDate(bookedAt);
  const sameDay = openingOn(bookedOn, config);
  let day =
    sameDay && bookedAt < sameDay.close
      ? { date: bookedOn, opening: sameDay }
      : nextWorkingDay(bookedOn, config);
  for (let n = 0; n < workingDays; n++) day = nextWorkingDay(day.date, config);
  return day.opening.close;
}

/**
 * Milliseconds between two instants that fall inside opening hours, for "time to claim / to close
 * in working hours": a callback booked Friday 12:00 and claimed Monday 09:00 took 2 working hours.
 */
export function workingMillisBetween(from: Date, to: Date, config: CalendarConfig): number {
  if (to <= from) return 0;
  const last = copenhagenDate(to);
  let total = 0;
  for (let date = copenhagenDate(from); date <= last; date = addLocalDays(date, 1)) {
    const opening = openingOn(date, config);
    if (!opening) continue;
    const start = Math.max(from.getTime(), opening.open.getTime());
    const end = Math.min(to.getTime(), opening.close.getTime());
    if (end > start) total += end - start;
  }
  return total;
}
