/**
 * Periods in Copenhagen time, whatever the time zone of the browser: "today" and "this week"
 * mean the municipality's day and week (Monday first). A period is half-open [from, to).
 */
// The server's own Copenhagen calendar (Intl only, no Node APIs), so the tab's "today" and
// "this week" are exactly the days the server counts.
import { TIME_ZONE, addLocalDays, copenhagenDate } from '../../bot/src/centers/copenhagen-time';
import { mondayOf, startOfLocalDate } from '../../bot/src/coordinator/local-calendar';

export const timeZone = TIME_ZONE;
/** The Copenhagen calendar date (YYYY-MM-DD) of an instant. */
export const localDate = copenhagenDate;
export const addDays = addLocalDays;
export { mondayOf, startOfLocalDate };

export type PeriodChoice =
  | { kind: 'today' }
  | { kind: 'week' }
  | { kind: 'last30' }
  | { kind: 'custom'; fromDate: string; toDate: string };

export interface Period {
  from: Date;
  to: Date;
}

export const isDate = (value: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && !isNaN(Date.parse(`${value}T00:00:00Z`));

/** The instants a period choice covers at `now`; null when a chosen period is incomplete or reversed. */
export function periodOf(choice: PeriodChoice, now: Date): Period | null {
  const today = localDate(now);
  const span = (fromDate: string, lastDate: string): Period => ({
    from: startOfLocalDate(fromDate),
    to: startOfLocalDate(addDays(lastDate, 1)),
  });
  switch (choice.kind) {
    case 'today':
      return span(today, today);
    case 'week': {
      const monday = mondayOf(today);
      return span(monday, addDays(monday, 6));
    }
    case 'last30':
      return span(addDays(today, -29), today);
    case 'custom':
      if (!isDate(choice.fromDate) || !isDate(choice.toDate) || choice.toDate < choice.fromDate) return null;
      return span(choice.fromDate, choice.toDate);
  }
}

/** Days for short periods, weeks for long ones, so a chart has a readable number of bars. */
export function defaultBucket(period: Period): 'day' | 'week' {
  return period.to.getTime() - period.from.getTime() > 31 * 86_400_000 ? 'week' : 'day';
}
