import { sql, type RawBuilder } from 'kysely';
import type {
  DurationSummaries,
  DurationSummary,
  Durations,
  MeasuredDurations,
  Period,
  StatsRange,
  UnmeasuredCallback,
} from '../../coordinator/stats-store';
import { claimPending, closePending } from '../partial-indexes';
import type { Dialect, SqlContext } from '../sql-context';
import { DurationPool, summarizeDurations } from './duration-lists';
import { dayNumber } from './local-day';
import { withStatsColumns, type StatsDb } from './tables';
import { fromMs, noRows, toMs } from '../values';

/**
 * Working-hour durations: stored per callback when measured (see migration 002), kept per local
 * day in the rollups (migration 004) and summarised here as median and p90, exactly as
 * percentile_cont computes them (linear interpolation between the closest ranks). A year is
 * ~100,000 values per kind: decoded from ~3,300 stored lists and selected rather than sorted, in
 * a few milliseconds; the parts of a day at a period's ends are read from the callbacks.
 */
interface Source {
  value: string;
  where: (period: Period) => RawBuilder<boolean>;
}

const claims: Source = {
  value: 'claim_working_ms',
  where: (p) =>
    sql`claimed_at >= ${toMs(p.from)} and claimed_at < ${toMs(p.to)} and claim_working_of = claimed_at`,
};
const closes: Source = {
  value: 'close_working_ms',
  where: (p) =>
    sql`status = 'closed' and closed_at >= ${toMs(p.from)} and closed_at < ${toMs(p.to)} and close_working_of = closed_at`,
};

const inCenters = (codes: readonly string[]) =>
  codes.length > 0 ? sql`center_code in (${sql.join([...codes])})` : noRows;

/** percentile_cont over values sorted ascending; null for none. */
export function percentileOfSorted(sorted: ArrayLike<number>, fraction: number): number | null {
  if (sorted.length === 0) return null;
  const rank = (sorted.length - 1) * fraction;
  const low = Math.floor(rank);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

export async function durations(
  db: StatsDb,
  range: StatsRange,
  codes: readonly string[],
): Promise<Durations> {
  const pools = { claim: new Map<string, DurationPool>(), close: new Map<string, DurationPool>() };
  const pool = (kind: 'claim' | 'close', center: string) => {
    let found = pools[kind].get(center);
    if (!found) {
      found = new DurationPool();
      pools[kind].set(center, found);
    }
    return found;
  };
  const edgeValues = (source: Source, period: Period) =>
    sql<{ center_code: string; v: number }>`
      select center_code, ${sql.ref(source.value)} as v from callbacks
      where ${source.where(period)} and ${inCenters(codes)}`.execute(db);
  const [rows, ...partial] = await Promise.all([
    range.wholeDays && codes.length > 0
      ? db
          .selectFrom('stats_duration_days')
          .select(['kind', 'center_code', 'durations'])
          .where('kind', 'in', ['claim', 'close'])
          .where('center_code', 'in', [...codes])
          .where('day', '>=', dayNumber(range.wholeDays.first))
          .where('day', '<=', dayNumber(range.wholeDays.last))
          .execute()
      : [],
    ...range.partialDays.map(({ period }) =>
      Promise.all([edgeValues(claims, period), edgeValues(closes, period)]),
    ),
  ]);
  for (const r of rows) pool(r.kind, r.center_code).addEncoded(r.durations);
  for (const [claimed, closed] of partial) {
    for (const r of claimed.rows) pool('claim', r.center_code).add(Number(r.v));
    for (const r of closed.rows) pool('close', r.center_code).add(Number(r.v));
  }
  return { claim: summaries(pools.claim), close: summaries(pools.close) };
}

function summaries(byCenter: ReadonlyMap<string, DurationPool>): DurationSummaries {
  const perCenter = new Map<string, DurationSummary>();
  const parts: Float64Array[] = [];
  for (const [code, pool] of byCenter) {
    const values = pool.values();
    // Selection reorders the values; the total does not mind their order.
    perCenter.set(code, summarizeDurations(values));
    parts.push(values);
  }
  const all = new Float64Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    all.set(p, offset);
    offset += p.length;
  }
  return { perCenter, total: summarizeDurations(all) };
}

/**
 * Callbacks whose durations are missing or stale, through the partial indexes of migration 002.
 * SQLite is told the index by name: it would otherwise read `closed_at is not null` as a range
 * on the closed_at index of 001 and walk every closed callback. PostgreSQL cannot estimate the
 * predicate and would scan the table for a LIMIT; ordering by the index's column settles it.
 */
export async function unmeasuredCallbacks(
  db: StatsDb,
  dialect: Dialect,
  limit: number,
): Promise<UnmeasuredCallback[]> {
  const indexed = (name: string) => (dialect === 'sqlite' ? sql.raw(`indexed by ${name}`) : sql``);
  const [claimed, closed] = await Promise.all([
    sql<{ id: string; booked_at: number; at: number }>`
      select id, booked_at, claimed_at as at from callbacks ${indexed('callbacks_claim_pending_idx')}
      where ${claimPending} order by id limit ${limit}`.execute(db),
    sql<{ id: string; booked_at: number; at: number }>`
      select id, booked_at, closed_at as at from callbacks ${indexed('callbacks_close_pending_idx')}
      where ${closePending} order by id limit ${limit}`.execute(db),
  ]);
  const found = new Map<string, UnmeasuredCallback>();
  for (const r of claimed.rows) {
    found.set(r.id, { id: r.id, bookedAt: fromMs(r.booked_at), claimedAt: fromMs(r.at), closedAt: null });
  }
  for (const r of closed.rows) {
    const entry = found.get(r.id) ?? {
      id: r.id,
      bookedAt: fromMs(r.booked_at),
      claimedAt: null,
      closedAt: null,
    };
    found.set(r.id, { ...entry, closedAt: fromMs(r.at) });
  }
  return [...found.values()];
}

export async function saveDurations(ctx: SqlContext, measured: readonly MeasuredDurations[]): Promise<void> {
  const useful = measured.filter((m) => m.claim ?? m.close);
  if (useful.length === 0) return;
  await ctx.write(async (trx) => {
    const db = withStatsColumns(trx);
    for (const m of useful) {
      await db
        .updateTable('callbacks')
        .set({
          ...(m.claim ? { claim_working_ms: m.claim.workingMs, claim_working_of: toMs(m.claim.of) } : {}),
          ...(m.close ? { close_working_ms: m.close.workingMs, close_working_of: toMs(m.close.of) } : {}),
        })
        .where('id', '=', m.id)
        .execute();
    }
  });
}
