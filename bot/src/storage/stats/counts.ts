import { sql } from 'kysely';
import type {
  CenterLoad,
  DailyCount,
  DailyCounts,
  GuideCount,
  GuideCounts,
  LocalClock,
  Period,
  StatsRange,
  UnansweredRule,
} from '../../coordinator/stats-store';
import { unansweredSearch } from '../partial-indexes';
import { dayNumber, dayString, localDayOf } from './local-day';
import type { StatsDb } from './tables';
import { noRows, toMs } from '../values';

/**
 * Counts for the overview and the knowledge-gap report: whole local days from the daily rollups
 * of migration 004, the parts of a day at a period's ends from the rows themselves. Each query on
 * the rows filters on the leading column of a covering index from migration 002.
 */

export async function countsPerDay(
  db: StatsDb,
  range: StatsRange,
  codes: readonly string[],
): Promise<DailyCounts> {
  const counts: DailyCounts = { booked: [], closed: [], solvedOnCall: [] };
  const [rows, ...partial] = await Promise.all([
    range.wholeDays && codes.length > 0
      ? db
          .selectFrom('stats_center_days')
          .select(['center_code', 'day', 'booked', 'closed', 'solved_on_call'])
          .where('center_code', 'in', [...codes])
          .where('day', '>=', dayNumber(range.wholeDays.first))
          .where('day', '<=', dayNumber(range.wholeDays.last))
          .execute()
      : [],
    ...range.partialDays.map(({ period, clock }) =>
      Promise.all([
        bookedPerDay(db, period, codes, clock),
        closedPerDay(db, period, codes, clock),
        solvedOnCallPerDay(db, period, codes, clock),
      ]),
    ),
  ]);
  const days = new Map<number, string>();
  for (const r of rows) {
    let day = days.get(r.day);
    if (day === undefined) {
      day = dayString(r.day);
      days.set(r.day, day);
    }
    const add = (list: DailyCount[], count: number | string) => {
      if (Number(count) !== 0) list.push({ centerCode: r.center_code, day, count: Number(count) });
    };
    add(counts.booked, r.booked);
    add(counts.closed, r.closed);
    add(counts.solvedOnCall, r.solved_on_call);
  }
  for (const [booked, closed, solved] of partial) {
    counts.booked.push(...booked);
    counts.closed.push(...closed);
    counts.solvedOnCall.push(...solved);
  }
  return counts;
}

export async function countsPerGuide(
  db: StatsDb,
  range: StatsRange,
  codes: readonly string[],
): Promise<GuideCounts> {
  const callbacks = new Map<string, GuideCount>();
  const solved = new Map<string, GuideCount>();
  const add = (into: Map<string, GuideCount>, guideId: string, centerCode: string, count: number) => {
    if (count === 0) return;
    const key = `${guideId}\u0000${centerCode}`;
    const entry = into.get(key);
    if (entry) entry.count += count;
    else into.set(key, { guideId, centerCode, count });
  };
  const [rows, ...partial] = await Promise.all([
    range.wholeDays && codes.length > 0
      ? db
          .selectFrom('stats_guide_days')
          .select((eb) => [
            'guide_id',
            'center_code',
            eb.fn.sum<number>('booked').as('booked'),
            eb.fn.sum<number>('solved_on_call').as('solved'),
          ])
          .where('center_code', 'in', [...codes])
          .where('day', '>=', dayNumber(range.wholeDays.first))
          .where('day', '<=', dayNumber(range.wholeDays.last))
          .groupBy(['guide_id', 'center_code'])
          .execute()
      : [],
    ...range.partialDays.map(({ period }) =>
      Promise.all([callbacksPerGuide(db, period, codes), solvedOnCallPerGuide(db, period, codes)]),
    ),
  ]);
  for (const r of rows) {
    add(callbacks, r.guide_id, r.center_code, Number(r.booked));
    add(solved, r.guide_id, r.center_code, Number(r.solved));
  }
  for (const [booked, settled] of partial) {
    for (const c of booked) add(callbacks, c.guideId, c.centerCode, c.count);
    for (const c of settled) add(solved, c.guideId, c.centerCode, c.count);
  }
  return { callbacks: [...callbacks.values()], solvedOnCall: [...solved.values()] };
}

const inCenters = (codes: readonly string[]) =>
  codes.length > 0 ? sql<boolean>`center_code in (${sql.join([...codes])})` : noRows;

type DayRow = { center_code: string | null; day: number; n: number | string };
const dailyCounts = (rows: DayRow[]): DailyCount[] =>
  rows.map((r) => ({ centerCode: r.center_code ?? '', day: dayString(r.day), count: Number(r.n) }));

async function bookedPerDay(
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

async function closedPerDay(
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

async function solvedOnCallPerDay(
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

async function callbacksPerGuide(
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

async function solvedOnCallPerGuide(
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
  rule: UnansweredRule,
): Promise<{ query: string; count: number }[]> {
  const day = localDayOf('at', rule.clock);
  const rows = await db
    .selectFrom('inquiries')
    .select((eb) => ['query_normalized', eb.fn.countAll<number>().as('n')])
    // Literal, word for word the partial index's predicate, so that SQLite uses the index.
    .where(sql<boolean>`${unansweredSearch}`)
    .where('at', '>=', toMs(period.from))
    .where('at', '<', toMs(period.to))
    .where('query_normalized', 'is not', null)
    .where('query_normalized', '<>', '')
    .groupBy('query_normalized')
    // A query one agent typed, or typed on one day only, may be about one citizen: not shown.
    .having(sql<number>`count(distinct user_id)`, '>=', rule.minAgents)
    .having(sql<number>`count(distinct ${day})`, '>=', rule.minDays)
    .orderBy('n', 'desc')
    .orderBy('query_normalized')
    .limit(rule.limit)
    .execute();
  return rows.map((r) => ({ query: r.query_normalized ?? '', count: Number(r.n) }));
}
