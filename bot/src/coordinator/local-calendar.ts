import { addLocalDays, copenhagenDate, fromCopenhagen, toCopenhagen } from '../centers/copenhagen-time';
import type { LocalClock, Period, StatsRange } from './stats-store';

/**
 * Copenhagen days and weeks for the statistics: which local dates a period covers, and the
 * UTC offsets in force (so storage can group by local date without a time-zone database).
 */
const dayMs = 86_400_000;

const offsetAt = (instant: number): number => toCopenhagen(new Date(instant)).wallMillis - instant;

/**
 * The offset at the period's start and where it changes. A change is placed around local noon of
 * the first day with the new offset: daylight saving switches at night, and any instant between
 * the switch and the next midnight falls on the same local date under either offset.
 */
export function localClockFor(period: Period): LocalClock {
  const offsetMs = offsetAt(period.from.getTime());
  const changes: { at: Date; offsetMs: number }[] = [];
  let current = offsetMs;
  const last = copenhagenDate(period.to);
  for (let date = copenhagenDate(period.from); date <= last; date = addLocalDays(date, 1)) {
    // 11:00 UTC is noon or 1 pm in Copenhagen; one clock reading per day keeps this cheap.
    const noon = new Date(Date.parse(`${date}T11:00:00Z`));
    const offset = offsetAt(noon.getTime());
    if (offset !== current) {
      changes.push({ at: noon, offsetMs: offset });
      current = offset;
    }
  }
  return { offsetMs, changes };
}

/** The local date an instant falls on under `clock` (what storage computes in SQL). */
export function localDateUnder(clock: LocalClock, at: Date): string {
  let offset = clock.offsetMs;
  for (const change of clock.changes) if (at >= change.at) offset = change.offsetMs;
  return new Date(Math.floor((at.getTime() + offset) / dayMs) * dayMs).toISOString().slice(0, 10);
}

/** Every local date the period touches, oldest first. */
export function localDatesIn(period: Period): string[] {
  if (period.to <= period.from) return [];
  const dates: string[] = [];
  const last = copenhagenDate(new Date(period.to.getTime() - 1));
  for (let date = copenhagenDate(period.from); date <= last; date = addLocalDays(date, 1)) dates.push(date);
  return dates;
}

/** Monday of the local week (Danish weeks start on Monday). */
export function mondayOf(localDate: string): string {
  const weekday = new Date(`${localDate}T00:00:00Z`).getUTCDay();
  return addLocalDays(localDate, -((weekday + 6) % 7));
}

export const startOfLocalDate = (localDate: string): Date => fromCopenhagen(localDate, '00:00');

/**
 * The period as the statistics read it: the local days wholly inside it (from the daily rollups)
 * and the parts of a day at either end (counted from the rows, with their own clock).
 */
export function statsRangeOf(period: Period): StatsRange {
  const partial = (from: Date, to: Date) => {
    const part = { from, to };
    return { period: part, clock: localClockFor(part) };
  };
  const firstDate = copenhagenDate(period.from);
  const first = startOfLocalDate(firstDate) < period.from ? addLocalDays(firstDate, 1) : firstDate;
  // The day `to` falls in is never whole: at best it starts exactly at `to`.
  const last = addLocalDays(copenhagenDate(period.to), -1);
  if (first > last) return { wholeDays: null, partialDays: [partial(period.from, period.to)] };
  const from = startOfLocalDate(first);
  const to = startOfLocalDate(addLocalDays(last, 1));
  return {
    wholeDays: { first, last },
    partialDays: [
      ...(period.from < from ? [partial(period.from, from)] : []),
      ...(to < period.to ? [partial(to, period.to)] : []),
    ],
  };
}

/**
 * Local date of an instant for folding rows into the daily rollups, remembered per UTC hour:
 * Copenhagen's offsets are whole hours and change on the hour, so an hour never spans two dates.
 */
export function localDateLookup(): (at: Date) => string {
  const hourMs = 3_600_000;
  const dates = new Map<number, string>();
  return (at) => {
    const hour = Math.floor(at.getTime() / hourMs);
    let date = dates.get(hour);
    if (date === undefined) {
      date = copenhagenDate(at);
      dates.set(hour, date);
    }
    return date;
  };
}
