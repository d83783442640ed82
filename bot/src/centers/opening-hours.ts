import { AppError } from '../shared/errors';
import type { CalendarConfig } from './calendar-config';
import { addLocalDays, copenhagenDate, fromCopenhagen, weekdayOf } from './copenhagen-time';
import { isClosedHoliday } from './danish-holidays';

export interface Opening {
  open: Date;
  close: Date;
}

function halfDayClose(localDate: string, config: CalendarConfig): string | null {
  switch (localDate.slice(5)) {
    case '12-31':
      return config.halfDays.dec31;
    case '06-05':
      return config.halfDays.jun5;
    case '05-01':
      return config.halfDays.may1;
    default:
      return null;
  }
}

/** Opening hours of a local date as UTC instants, or null when the municipality is closed all day. */
export function openingOn(localDate: string, config: CalendarConfig): Opening | null {
  let known = openingsBy.get(config);
  if (!known) openingsBy.set(config, (known = new Map()));
  let opening = known.get(localDate);
  if (opening === undefined) {
    if (known.size >= maxKnownDays) known.clear();
    opening = computeOpening(localDate, config);
    known.set(localDate, opening);
  }
  return opening;
}

/**
 * A deadline looks at a handful of days, each costing several time-zone conversions (Intl); a
 * booking spent ≈ 0.18 ms on them (docs/decisions/0015). A day's hours never change for a given
 * calendar, so they are kept per calendar object: a reloaded calendar is a new object.
 */
const openingsBy = new WeakMap<CalendarConfig, Map<string, Opening | null>>();
/** About ten years of days; more only if something asks about arbitrary dates. */
const maxKnownDays = 4000;

function computeOpening(localDate: string, config: CalendarConfig): Opening | null {
  const hours = config.openingHours[weekdayOf(localDate)];
  if (!hours || isClosedHoliday(localDate)) return null;
  const halfDay = halfDayClose(localDate, config);
  // A half day never lengthens a day: on a Friday closing at 13:00, a 14:00 half day changes nothing.
  const close = halfDay !== null && halfDay < hours.close ? halfDay : hours.close;
  if (close <= hours.open) return null;
  return Object.freeze({
    open: fromCopenhagen(localDate, hours.open),
    close: fromCopenhagen(localDate, close),
  });
}

export const isWorkingDay = (localDate: string, config: CalendarConfig): boolean =>
  openingOn(localDate, config) !== null;

// Far beyond any real run of closed days (Easter or Christmas plus a weekend is at most five).
const MAX_CLOSED_RUN = 366;

/** The first working day strictly after `localDate`, with its opening hours. */
export function nextWorkingDay(
  localDate: string,
  config: CalendarConfig,
): { date: string; opening: Opening } {
  for (let i = 1; i <= MAX_CLOSED_RUN; i++) {
    const date = addLocalDays(localDate, i);
    const opening = openingOn(date, config);
    if (opening) return { date, opening };
  }
  throw new AppError('CONFIG_INVALID', `no working day within a year after ${localDate}`, {
    setting: 'CALENDAR',
  });
}

/**
 * When the municipality is next open: `at` itself while it is open (so a reminder due now is sent
 * now), otherwise the opening of the same day if that is still ahead, or of the next working day.
 */
export function nextOpening(at: Date, config: CalendarConfig): Date {
  const today = copenhagenDate(at);
  const opening = openingOn(today, config);
  if (opening && at < opening.close) return at < opening.open ? opening.open : at;
  return nextWorkingDay(today, config).opening.open;
}
