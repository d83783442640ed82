import { sql, type RawBuilder } from 'kysely';
import type {
  DurationSummaries,
  DurationSummary,
  MeasuredDurations,
  Period,
  UnmeasuredCallback,
} from '../shared/stats-store';
import { claimPending, closePending } from './migrations/002-statistics';
import type { Dialect, SqlContext } from './sql-context';
import { withStatsColumns, type StatsDb } from './stats-tables';
import { fromMs, noRows, toMs } from './values';

/**
 * Working-hour durations: stored per callback when measured (see migration 002), summarised
 * here as median and p90 with linear interpolation between the closest ranks (percentile_cont).
 * PostgreSQL computes them itself. SQLite has no percentile function; reading the period's
 * values from the covering index and sorting them here costs less than ranking them in SQL
 * with window functions (one sort per center and one for the total).
 */
const fractions = { median: 0.5, p90: 0.9 } as const;

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

const summarize = (values: Float64Array): DurationSummary => {
  const sorted = values.sort();
  return {
    count: sorted.length,
    medianMs: percentileOfSorted(sorted, fractions.median),
    p90Ms: percentileOfSorted(sorted, fractions.p90),
  };
};

export async function durationSummaries(
  db: StatsDb,
  dialect: Dialect,
  kind: 'claim' | 'close',
  period: Period,
  codes: readonly string[],
): Promise<DurationSummaries> {
  const source = kind === 'claim' ? claims : closes;
  if (dialect === 'postgres') return percentileCont(db, source, period, codes);
  const result = await sql<{ center_code: string; v: number }>`
    select center_code, ${sql.ref(source.value)} as v from callbacks
    where ${source.where(period)} and ${inCenters(codes)}`.execute(db);
  const byCenter = new Map<string, number[]>();
  for (const row of result.rows) {
    const values = byCenter.get(row.center_code);
    if (values) values.push(row.v);
    else byCenter.set(row.center_code, [row.v]);
  }
  return {
    perCenter: new Map([...byCenter].map(([code, values]) => [code, summarize(Float64Array.from(values))])),
    total: summarize(Float64Array.from(result.rows, (r) => r.v)),
  };
}

/** PostgreSQL has the percentiles built in: one sorted pass for every center and the total. */
async function percentileCont(
  db: StatsDb,
  source: Source,
  period: Period,
  codes: readonly string[],
): Promise<DurationSummaries> {
  const value = sql.ref(source.value);
  const result = await sql<{ center_code: string; total: number; n: number | string; p: number[] }>`
    select center_code, grouping(center_code) as total, count(*) as n,
      percentile_cont(array[${sql.lit(fractions.median)}, ${sql.lit(fractions.p90)}]::float8[])
        within group (order by ${value}) as p
    from callbacks
    where ${source.where(period)} and ${inCenters(codes)}
    group by grouping sets ((center_code), ())`.execute(db);
  const summary = (r: { n: number | string; p: number[] } | undefined): DurationSummary =>
    r && Number(r.n) > 0
      ? { count: Number(r.n), medianMs: r.p[0] ?? null, p90Ms: r.p[1] ?? null }
      : { count: 0, medianMs: null, p90Ms: null };
  return {
    perCenter: new Map(
      result.rows.filter((r) => Number(r.total) === 0).map((r) => [r.center_code, summary(r)]),
    ),
    total: summary(result.rows.find((r) => Number(r.total) === 1)),
  };
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
