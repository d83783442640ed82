import Holidays from 'date-holidays';

/**
 * The days the municipality is closed besides weekends. Public holidays come from date-holidays
 * (country DK) so that Easter and the days hanging on it are never computed by hand, and store
 * bededag (abolished from 2024) disappears with the library's own rule. 24 Dec is not a public
 * holiday by law, but the municipality is closed (design.md §3), so it is added here.
 */
const dk = new Holidays('DK');

const ALWAYS_CLOSED = ['12-24'];

const closedByYear = new Map<number, ReadonlySet<string>>();

/** Local dates (YYYY-MM-DD) in `year` on which the municipality is closed all day. */
export function closedHolidays(year: number): ReadonlySet<string> {
  let closed = closedByYear.get(year);
  if (!closed) {
    const publicDays = dk
      .getHolidays(year)
      .filter((h) => h.type === 'public')
      .map((h) => h.date.slice(0, 10));
    closed = new Set([...publicDays, ...ALWAYS_CLOSED.map((md) => `${year}-${md}`)]);
    closedByYear.set(year, closed);
  }
  return closed;
}

export const isClosedHoliday = (localDate: string): boolean =>
  closedHolidays(Number(localDate.slice(0, 4))).has(localDate);
