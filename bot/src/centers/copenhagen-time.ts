/**
 * Europe/Copenhagen wall time, done with Intl only (no time-zone library). Instants are UTC `Date`s;
 * a local date is 'YYYY-MM-DD' and a local time 'HH:MM'. DST is handled by asking Intl for the
 * offset that applies on either side of the wall time rather than assuming +01:00 or +02:00.
 */
export const TIME_ZONE = 'Europe/Copenhagen';

const wallFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

export interface WallTime {
  date: string;
  time: string;
  /** Wall time read as if it were UTC, in ms; only for arithmetic on wall clocks. */
  wallMillis: number;
}

export function toCopenhagen(at: Date): WallTime {
  const parts: Record<string, string> = {};
  for (const p of wallFormat.formatToParts(at)) parts[p.type] = p.value;
  const { year, month, day, hour, minute, second } = parts;
  const wallMillis =
    Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second)) +
    at.getUTCMilliseconds();
  return { date: `${year}-${month}-${day}`, time: `${hour}:${minute}`, wallMillis };
}

/** The local (Copenhagen) calendar date of an instant. */
export const copenhagenDate = (at: Date): string => toCopenhagen(at).date;

const offsetAt = (instant: number): number => toCopenhagen(new Date(instant)).wallMillis - instant;

/**
 * The instant at which Copenhagen clocks show `localDate` `time`. In the autumn overlap
 * (02:00-03:00 happens twice) the earlier instant wins; in the spring gap (02:00-03:00 never
 * happens) the time is moved forward by the gap, as clocks do.
 */
export function fromCopenhagen(localDate: string, time: string): Date {
  const wall = parseWall(localDate, time);
  const day = 86_400_000;
  const candidates = [wall - offsetAt(wall - day), wall - offsetAt(wall + day)];
  const exact = candidates.filter((c) => toCopenhagen(new Date(c)).wallMillis === wall);
  return new Date(exact.length > 0 ? Math.min(...exact) : candidates[0]!);
}

function parseWall(localDate: string, time: string): number {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(localDate);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) throw new RangeError(`not a local date and time: ${localDate} ${time}`);
  return Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
}

/** Calendar arithmetic on local dates; DST cannot shift a date because no clock is involved. */
export function addLocalDays(localDate: string, days: number): string {
  return new Date(Date.parse(`${localDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** 0 = Sunday ... 6 = Saturday, like Date#getDay. */
export function weekdayOf(localDate: string): 0 | 1 | 2 | 3 | 4 | 5 | 6 {
  const midnight = new Date(`${localDate}T00:00:00Z`);
  // A malformed date would otherwise read as "closed" (or roll over, 30 Feb) and move deadlines.
  if (Number.isNaN(midnight.getTime()) || midnight.toISOString().slice(0, 10) !== localDate) {
    throw new RangeError(`not a local date (YYYY-MM-DD): ${localDate}`);
  }
  return midnight.getUTCDay() as 0 | 1 | 2 | 3 | 4 | 5 | 6;
}
