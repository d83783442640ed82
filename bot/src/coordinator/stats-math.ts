import type { DailyCount } from './stats-store';
import { mondayOf, startOfLocalDate } from './local-calendar';
import type { Bucket } from './period';

/** Pure helpers that turn the database's counts into what the tab shows. */

/** Straksafklaringsgrad: inquiries settled on the call out of those settled or booked; null when none. */
export const solvedRate = (solvedOnCall: number, booked: number): number | null =>
  solvedOnCall + booked === 0 ? null : solvedOnCall / (solvedOnCall + booked);

/** Milliseconds to minutes with one decimal; null stays null. */
export const toMinutes = (ms: number | null): number | null =>
  ms === null || Number.isNaN(ms) ? null : Math.round(ms / 6_000) / 10;

/** Sums counts per center code. */
export function perCenter(counts: readonly DailyCount[]): Map<string, number> {
  const sums = new Map<string, number>();
  for (const c of counts) sums.set(c.centerCode, (sums.get(c.centerCode) ?? 0) + c.count);
  return sums;
}

export const total = (counts: readonly { count: number }[]): number =>
  counts.reduce((sum, c) => sum + c.count, 0);

export interface TrendPoint {
  start: Date;
  booked: number;
  closed: number;
  solvedOnCall: number;
}

/**
 * One point per local day or week (Monday first) that the period touches, also where nothing
 * happened, so the chart's time axis has no gaps.
 */
export function trendOf(
  dates: readonly string[],
  bucket: Bucket,
  series: {
    booked: readonly DailyCount[];
    closed: readonly DailyCount[];
    solvedOnCall: readonly DailyCount[];
  },
): TrendPoint[] {
  // A year of counts names each date thousands of times: work out its week once.
  const keys = new Map<string, string>();
  const keyOf = (date: string) => {
    if (bucket === 'day') return date;
    let key = keys.get(date);
    if (key === undefined) {
      key = mondayOf(date);
      keys.set(date, key);
    }
    return key;
  };
  const points = new Map<string, TrendPoint>();
  for (const date of dates) {
    const key = keyOf(date);
    if (!points.has(key)) {
      points.set(key, { start: startOfLocalDate(key), booked: 0, closed: 0, solvedOnCall: 0 });
    }
  }
  for (const name of ['booked', 'closed', 'solvedOnCall'] as const) {
    for (const c of series[name]) {
      const point = points.get(keyOf(c.day));
      if (point) point[name] += c.count;
    }
  }
  return [...points.values()];
}
