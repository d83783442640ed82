/**
 * Periods in Copenhagen time, whatever the time zone of the browser: "today" and "this week"
 * mean the municipality's day and week (Monday first). A period is half-open [from, to).
 */
export const timeZone = 'Europe/Copenhagen';

export type PeriodChoice =
  | { kind: 'today' }
  | { kind: 'week' }
  | { kind: 'last30' }
  | { kind: 'custom'; fromDate: string; toDate: string };

export interface Period {
  from: Date;
  to: Date;
}

const dateParts = new Intl.DateTimeFormat('en-US', {
  timeZone,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

function partsOf(at: Date): Record<string, number> {
  const parts: Record<string, number> = {};
  for (const part of dateParts.formatToParts(at)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return parts;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The Copenhagen calendar date (YYYY-MM-DD) of an instant. */
export function localDate(at: Date): string {
  const p = partsOf(at);
  return `${pad(p.year ?? 0, 4)}-${pad(p.month ?? 1)}-${pad(p.day ?? 1)}`;
}

/** Minutes Copenhagen is ahead of UTC at an instant (60 in winter, 120 in summer). */
function offsetMinutes(at: Date): number {
  const p = partsOf(at);
  const asUtc = Date.UTC(
    p.year ?? 0,
    (p.month ?? 1) - 1,
    p.day ?? 1,
    p.hour ?? 0,
    p.minute ?? 0,
    p.second ?? 0,
  );
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

function utcOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/** The instant a Copenhagen date begins (local midnight). */
export function startOfLocalDate(date: string): Date {
  const guess = utcOf(date);
  const first = guess - offsetMinutes(new Date(guess)) * 60_000;
  // Around a daylight-saving change the offset at the guess may differ from the offset at midnight.
  return new Date(guess - offsetMinutes(new Date(first)) * 60_000);
}

export function addDays(date: string, days: number): string {
  const d = new Date(utcOf(date) + days * 86_400_000);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Monday of the week a date falls in. */
export function mondayOf(date: string): string {
  const weekday = new Date(utcOf(date)).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

export const isDate = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value) && !isNaN(utcOf(value));

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
