import { sql } from 'kysely';
import type { CenterLoad, DailyCount, GuideCount, LocalClock, Period } from '../shared/stats-store';
import { dayString, localDayOf } from './stats-local-day';
import type { StatsDb } from './stats-tables';
import { noRows, toMs } from './values';

/**
 * Counts for the overview and the knowledge-gap report. Each query filters on the leading
 * column of a covering index from migration 002 and reads nothing else.
 */

const inCenters = (codes: readonly string[]) =>
  codes.length > 0 ? sql<boolean>`center_code in (${sql.join([...codes])})` : noRows;

type DayRow = { center_code: string | null; day: number; n: number | string };
const dailyCounts = (rows: DayRow[]): DailyCount[] =>
  rows.map((r) => ({ centerCode: r.center_code ?? '', day: dayString(r.day), count: Number(r.n) }));

export async function bookedPerDay(
  db: StatsDb,
  period: Period,
  codes: readonly string[],
  clock: LocalClock,
): Promise<DailyCount[]> {
  const day = localDayOf('booked_at', clock);
  const rows = await db
    .selectFrom('callbacks')
    .select((eb) => ['center_code', day.as('day'), eb.fn.countAll<number>().as('n')])
    .where('booked_at', '>=', toMs(period.from))
    .where('booked_at', '<', toMs(period.to))
    .where(inCenters(codes))
    .where('moved_from', 'is', null)
    .groupBy(['center_code', day])
    .execute();
  return dailyCounts(rows);
}

export async function closedPerDay(
  db: StatsDb,
  period: Period,
  codes: readonly string[],
  clock: LocalClock,
): Promise<DailyCount[]> {
  const day = localDayOf('closed_at', clock);
  const rows = await db
    .selectFrom('callbacks')
    .select((eb) => ['center_code', day.as('day'), eb.fn.countAll<number>().as('n')])
    .where(sql<boolean>`status = 'closed'`)
    .where('closed_at', '>=', toMs(period.from))
    .where('closed_at', '<', toMs(period.to))
    .where(inCenters(codes))
    .groupBy(['center_code', day])
    .execute();
  return dailyCounts(rows);
}

export async function solvedOnCallPerDay(
  db: StatsDb,
  period: Period,
  codes: readonly string[],
  clock: LocalClock,
): Promise<DailyCount[]> {
  const day = localDayOf('at', clock);
  const rows = await db
    .selectFrom('inquiries')
    .select((eb) => ['center_code', day.as('day'), eb.fn.countAll<number>().as('n')])
    .where(sql<boolean>`kind = 'solved_on_call'`)
    .where('at', '>=', toMs(period.from))
    .where('at', '<', toMs(period.to))
    .where(inCenters(codes))
    .groupBy(['center_code', day])
    .execute();
  return dailyCounts(rows);
}

export async function currentLoad(db: StatsDb, now: Date, codes: readonly string[]): Promise<CenterLoad[]> {
  const rows = await db
    .selectFrom('callbacks')
    .select((eb) => [
      'center_code',
      'status',
      eb.fn.countAll<number>().as('n'),
      eb.fn.sum<number>(sql`case when deadline < ${toMs(now)} then 1 else 0 end`).as('overdue'),
    ])
    .where(sql<boolean>`status in ('open', 'claimed')`)
    .where(inCenters(codes))
    .groupBy(['center_code', 'status'])
    .execute();
  const loads = new Map<string, CenterLoad>();
  for (const r of rows) {
    const load = loads.get(r.center_code) ?? { centerCode: r.center_code, open: 0, claimed: 0, overdue: 0 };
    if (r.status === 'open') load.open += Number(r.n);
    else load.claimed += Number(r.n);
    load.overdue += Number(r.overdue);
    loads.set(r.center_code, load);
  }
  return [...loads.values()];
}

type GuideRow = { guide_id: string | null; center_code: string | null; n: number | string };
const guideCounts = (rows: GuideRow[]): GuideCount[] =>
  rows.map((r) => ({ guideId: r.guide_id ?? '', centerCode: r.center_code ?? '', count: Number(r.n) }));

export async function callbacksPerGuide(
  db: StatsDb,
  period: Period,
  codes: readonly string[],
): Promise<GuideCount[]> {
  const rows = await db
    .selectFrom('callbacks')
    .select((eb) => ['guide_id', 'center_code', eb.fn.countAll<number>().as('n')])
    .where('booked_at', '>=', toMs(period.from))
    .where('booked_at', '<', toMs(period.to))
    .where(inCenters(codes))
    .where('moved_from', 'is', null)
    .where('guide_id', 'is not', null)
    .groupBy(['guide_id', 'center_code'])
    .execute();
  return guideCounts(rows);
}

export async function solvedOnCallPerGuide(
  db: StatsDb,
  period: Period,
  codes: readonly string[],
): Promise<GuideCount[]> {
  const rows = await db
    .selectFrom('inquiries')
    .select((eb) => ['guide_id', 'center_code', eb.fn.countAll<number>().as('n')])
    .where(sql<boolean>`kind = 'solved_on_call'`)
    .where('at', '>=', toMs(period.from))
    .where('at', '<', toMs(period.to))
    .where(inCenters(codes))
    .where('guide_id', 'is not', null)
    .groupBy(['guide_id', 'center_code'])
    .execute();
  return guideCounts(rows);
}

export async function unansweredSearches(
  db: StatsDb,
  period: Period,
  limit: number,
): Promise<{ query: string; count: number }[]> {
  const rows = await db
    .selectFrom('inquiries')
    .select((eb) => ['query_normalized', eb.fn.countAll<number>().as('n')])
    // Literal, word for word the partial index's predicate, so that SQLite uses the index.
    .where(sql<boolean>`kind = 'search' and hit_count = 0`)
    .where('at', '>=', toMs(period.from))
    .where('at', '<', toMs(period.to))
    .where('query_normalized', 'is not', null)
    .where('query_normalized', '<>', '')
    .groupBy('query_normalized')
    .orderBy('n', 'desc')
    .orderBy('query_normalized')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ query: r.query_normalized ?? '', count: Number(r.n) }));
}
