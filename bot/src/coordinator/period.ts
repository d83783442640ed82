import { addLocalDays, copenhagenDate } from '../centers/copenhagen-time';
import type { Period } from './stats-store';
import { startOfLocalDate } from './local-calendar';

export type Bucket = 'day' | 'week';

/** Longer periods are refused: a chart of more than three years helps nobody and costs the database. */
export const maxPeriodDays = 1_100;

/** Without a chosen period: the last 30 local days, today included (what the tab shows first). */
export function defaultPeriod(now: Date): Period {
  const today = copenhagenDate(now);
  return {
    from: startOfLocalDate(addLocalDays(today, -29)),
    to: startOfLocalDate(addLocalDays(today, 1)),
  };
}

/** Days for up to a month, weeks beyond: a chart with a readable number of bars. */
export const defaultBucket = (period: Period): Bucket =>
  period.to.getTime() - period.from.getTime() > 31 * 86_400_000 ? 'week' : 'day';

export const periodDays = (period: Period): number =>
  (period.to.getTime() - period.from.getTime()) / 86_400_000;
