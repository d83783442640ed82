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
 * here as median and p90 with linear interpolation (percentile_cont). PostgreSQL computes them
 * itself; SQLite ranks with window functions and only the rows at the two ranks each
 * percentile needs come back, to be interpolated here the same way.
 */

/** Percentile as numerator/denominator: exact integer rank arithmetic in SQL and here. */
const fractions = { median: [1, 2], p90: [9, 10] } as const;

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

/** The 1-based ranks a percentile interpolates between, for a count column `n`. */
const ranksSql = (n: RawBuilder<number>) =>
  sql.join(
    Object.values(fractions).flatMap(([num, den]) => [
      sql`(${n} - 1) * ${sql.lit(num)} / ${sql.lit(den)} + 1`,
      sql`((${n} - 1) * ${sql.lit(num)} + ${sql.lit(den - 1)}) / ${sql.lit(den)} + 1`,
    ]),
  );

interface RankedRow {
  center_code: string | null;
  v: number | string;
  rn: number | string;
  n: number | string;
}

async function ranked(
  db: StatsDb,
  source: Source,
  period: Period,
  codes: readonly string[],
  perCenter: boolean,
): Promise<RankedRow[]> {
  const value = sql.ref(source.value);
  const partition = perCenter ? sql`partition by center_code` : sql``;
  const centers = codes.length > 0 ? sql`center_code in (${sql.join([...codes])})` : noRows;
  const n = sql<number>`n`;
  const result = await sql<RankedRow>`
    select center_code, v, rn, n from (
      select ${perCenter ? sql`center_code` : sql`null`} as center_code, ${value} as v,
        row_number() over (${partition} order by ${value}) as rn,
        count(*) over (${partition}) as n
      from callbacks
      where ${source.where(period)} and ${centers}
    ) ranked
    where rn in (${ranksSql(n)})`.execute(db);
  return result.rows;
}

function summarize(rows: readonly RankedRow[]): DurationSummary {
  const first = rows[0];
  if (!first) return { count: 0, medianMs: null, p90Ms: null };
  const count = Number(first.n);
  const byRank = new Map(rows.map((r) => [Number(r.rn), Number(r.v)]));
  const percentile = ([num, den]: readonly [number, number]): number => {
    const low = Math.floor(((count - 1) * num) / den);
    const weight = (((count - 1) * num) % den) / den;
    const a = byRank.get(low + 1) ?? NaN;
    const b = weight > 0 ? (byRank.get(low + 2) ?? NaN) : a;
    return a + (b - a) * weight;
  };
  return { count, medianMs: percentile(fractions.median), p90Ms: percentile(fractions.p90) };
}

export async function durationSummaries(
  db: StatsDb,
  dialect: Dialect,
  kind: 'claim' | 'close',
  period: Period,
  codes: readonly string[],
): Promise<DurationSummaries> {
  const source = kind === 'claim' ? claims : closes;
  if (dialect === 'postgres') return percentileCont(db, source, period, codes);
  const [centerRows, totalRows] = await Promise.all([
    ranked(db, source, period, codes, true),
    ranked(db, source, period, codes, false),
  ]);
  const byCenter = new Map<string, RankedRow[]>();
  for (const row of centerRows) {
    const code = row.center_code ?? '';
    byCenter.set(code, [...(byCenter.get(code) ?? []), row]);
  }
  return {
    perCenter: new Map([...byCenter].map(([code, rows]) => [code, summarize(rows)])),
    total: summarize(totalRows),
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
  const centers = codes.length > 0 ? sql`center_code in (${sql.join([...codes])})` : noRows;
  const result = await sql<{ center_code: string; total: number; n: number | string; p: number[] }>`
    select center_code, grouping(center_code) as total, count(*) as n,
      percentile_cont(array[${sql.lit(fractions.median[0] / fractions.median[1])}, ${sql.lit(
        fractions.p90[0] / fractions.p90[1],
      )}]::float8[]) within group (order by ${value}) as p
    from callbacks
    where ${source.where(period)} and ${centers}
    group by grouping sets ((center_code), ())`.execute(db);
  const summary = (r: { n: number | string; p: number[] } | undefined): DurationSummary =>
    r && Number(r.n) > 0
      ? { count: Number(r.n), medianMs: r.p[0] ?? null, p90Ms: r.p[1] ?? null }
      : { count: 0, medianMs: null, p90Ms: null };
  return {
    perCenter: new Map(result.rows.filter((r) => Number(r.total) === 0).map((r) => [r.center_code, summary(r)])),
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
