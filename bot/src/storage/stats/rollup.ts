import { sql } from 'kysely';
import { AppError } from '../../shared/errors';
import { callbackPending, claimPending, closePending, inquiryPending } from '../partial-indexes';
import type { Dialect, SqlContext } from '../sql-context';
import { decodeDurations, encodeDurations } from './duration-lists';
import { withStatsColumns, type StatsDb } from './tables';

/**
 * Folds rows into the daily rollups of migration 004, after they were written and without any
 * hook in the code that writes them. Pending rows are found through small partial indexes: an
 * inquiry solved on the call not yet folded, a callback new or changed since it was last folded.
 * A callback is folded once its working-hour durations are measured (they are part of what is
 * counted), and what was counted for it is kept on its row, so that a release, reopen or new
 * claim takes the old numbers out before the new ones go in.
 *
 * One transaction per batch marks the rows it folds, so each is counted exactly once: SQLite has
 * a single writer; PostgreSQL instances take turns through a transaction-scoped advisory lock, and
 * the callbacks folded are locked (FOR UPDATE) so that no transition slips in between reading one
 * and marking it.
 */
const dayMs = 86_400_000;
/** Rows per transaction: a busy day at most, so a request never waits long behind a fold. */
const defaultBatch = 5_000;
/** Ids or keys per statement, well below both databases' limits on bound parameters. */
const perStatement = 500;

/** `list` in pieces of at most `perStatement`, one statement each. */
function* inStatements<T>(list: readonly T[]): Generator<T[]> {
  for (let i = 0; i < list.length; i += perStatement) yield list.slice(i, i + perStatement);
}

/** Durations measured for the callback's current claim and close (see 002). */
const measured = sql`not (${claimPending}) and not (${closePending})`;

const indexedBy = (dialect: Dialect, index: string) =>
  dialect === 'sqlite' ? sql.raw(`indexed by ${index}`) : sql``;

export async function rollUp(
  ctx: SqlContext,
  localDateOf: (at: Date) => string,
  batch = defaultBatch,
): Promise<number> {
  const db = withStatsColumns(ctx.db);
  const dayOf = (ms: number) => Date.parse(`${localDateOf(new Date(Number(ms)))}T00:00:00Z`) / dayMs;
  let total = 0;
  // Read first: most calls find nothing and then need no write lock.
  while (await anythingPending(db, ctx.dialect)) {
    const folded = await ctx.write((trx) => foldBatch(withStatsColumns(trx), ctx.dialect, dayOf, batch));
    total += folded;
    if (folded === 0) break;
  }
  return total;
}

async function anythingPending(db: StatsDb, dialect: Dialect): Promise<boolean> {
  const [inquiry, callback] = await Promise.all([
    sql`select id from inquiries ${indexedBy(dialect, 'inquiries_rollup_pending_idx')}
      where ${inquiryPending} order by id limit 1`.execute(db),
    sql`select id from callbacks ${indexedBy(dialect, 'callbacks_rollup_pending_idx')}
      where ${callbackPending} and ${measured} order by id limit 1`.execute(db),
  ]);
  return inquiry.rows.length > 0 || callback.rows.length > 0;
}

interface PendingInquiry {
  id: string;
  at: number;
  center_code: string | null;
  guide_id: string | null;
}

interface PendingCallback {
  id: string;
  center_code: string;
  guide_id: string | null;
  moved_from: string | null;
  booked_at: number;
  status: string;
  claimed_at: number | null;
  claim_working_ms: number | null;
  closed_at: number | null;
  close_working_ms: number | null;
  rollup_version: number | null;
  rollup_claimed_at: number | null;
  rollup_claim_ms: number | null;
  rollup_closed_at: number | null;
  rollup_close_ms: number | null;
}

async function foldBatch(
  db: StatsDb,
  dialect: Dialect,
  dayOf: (ms: number) => number,
  batch: number,
): Promise<number> {
  if (dialect === 'postgres') {
    await sql`select pg_advisory_xact_lock(hashtext(current_schema() || '.stats_rollup'))`.execute(db);
  }
  const inquiries = await sql<PendingInquiry>`
    select id, at, center_code, guide_id from inquiries ${indexedBy(dialect, 'inquiries_rollup_pending_idx')}
    where ${inquiryPending} order by id limit ${batch}`.execute(db);
  const callbacks = await sql<PendingCallback>`
    select id, center_code, guide_id, moved_from, booked_at, status, claimed_at, claim_working_ms,
      closed_at, close_working_ms, rollup_version, rollup_claimed_at, rollup_claim_ms,
      rollup_closed_at, rollup_close_ms
    from callbacks ${indexedBy(dialect, 'callbacks_rollup_pending_idx')}
    where ${callbackPending} and ${measured} order by id limit ${batch}
    ${dialect === 'postgres' ? sql`for update` : sql``}`.execute(db);

  const delta = new RollupDelta(dayOf);
  for (const i of inquiries.rows) delta.inquiry(i);
  for (const c of callbacks.rows) delta.callback(c);
  await delta.apply(db);

  const inquiryIds = inquiries.rows.map((r) => r.id);
  for (const part of inStatements(inquiryIds)) {
    await db.updateTable('inquiries').set({ rolled_up: 1 }).where('id', 'in', part).execute();
  }
  const callbackIds = callbacks.rows.map((r) => r.id);
  for (const part of inStatements(callbackIds)) {
    // What was counted, in the terms of RollupDelta.callback: the row cannot have changed since
    // it was read (SQLite's write lock, PostgreSQL's row locks).
    await db
      .updateTable('callbacks')
      .set({
        rollup_version: sql`version`,
        rollup_claimed_at: sql`claimed_at`,
        rollup_claim_ms: sql`case when claimed_at is null then null else claim_working_ms end`,
        rollup_closed_at: sql`case when status = 'closed' then closed_at end`,
        rollup_close_ms: sql`case when status = 'closed' and closed_at is not null then close_working_ms end`,
      })
      .where('id', 'in', part)
      .execute();
  }
  return inquiries.rows.length + callbacks.rows.length;
}

interface DayCounts {
  center: string;
  day: number;
  booked: number;
  closed: number;
  solved: number;
}
interface GuideDayCounts {
  center: string;
  day: number;
  guide: string;
  booked: number;
  solved: number;
}
interface DurationChange {
  kind: 'claim' | 'close';
  center: string;
  day: number;
  add: number[];
  remove: number[];
}

/** What a batch changes in the rollups, summed per row of them before anything is written. */
class RollupDelta {
  private readonly days = new Map<string, DayCounts>();
  private readonly guides = new Map<string, GuideDayCounts>();
  private readonly durations = new Map<string, DurationChange>();

  constructor(private readonly dayOf: (ms: number) => number) {}

  inquiry(i: PendingInquiry): void {
    // Without a center it is in no center's numbers (the queries select by center).
    if (i.center_code === null) return;
    const day = this.dayOf(i.at);
    this.day(i.center_code, day).solved += 1;
    if (i.guide_id !== null) this.guide(i.center_code, day, i.guide_id).solved += 1;
  }

  /** A callback's center, guide, booking time and origin never change; its claim and close do. */
  callback(c: PendingCallback): void {
    if (c.rollup_version === null && c.moved_from === null) {
      const day = this.dayOf(c.booked_at);
      this.day(c.center_code, day).booked += 1;
      if (c.guide_id !== null) this.guide(c.center_code, day, c.guide_id).booked += 1;
    }
    const claimNow = c.claimed_at === null ? null : { at: c.claimed_at, ms: Number(c.claim_working_ms) };
    const claimBefore =
      c.rollup_claimed_at === null ? null : { at: c.rollup_claimed_at, ms: Number(c.rollup_claim_ms) };
    if (!same(claimNow, claimBefore)) {
      if (claimBefore) this.duration('claim', c.center_code, claimBefore.at).remove.push(claimBefore.ms);
      if (claimNow) this.duration('claim', c.center_code, claimNow.at).add.push(claimNow.ms);
    }
    const closeNow =
      c.status === 'closed' && c.closed_at !== null
        ? { at: c.closed_at, ms: Number(c.close_working_ms) }
        : null;
    const closeBefore =
      c.rollup_closed_at === null ? null : { at: c.rollup_closed_at, ms: Number(c.rollup_close_ms) };
    if (!same(closeNow, closeBefore)) {
      if (closeBefore) {
        this.day(c.center_code, this.dayOf(closeBefore.at)).closed -= 1;
        this.duration('close', c.center_code, closeBefore.at).remove.push(closeBefore.ms);
      }
      if (closeNow) {
        this.day(c.center_code, this.dayOf(closeNow.at)).closed += 1;
        this.duration('close', c.center_code, closeNow.at).add.push(closeNow.ms);
      }
    }
  }

  async apply(db: StatsDb): Promise<void> {
    const days = [...this.days.values()].filter((d) => d.booked || d.closed || d.solved);
    for (const part of inStatements(days)) {
      await db
        .insertInto('stats_center_days')
        .values(
          part.map((d) => ({
            center_code: d.center,
            day: d.day,
            booked: d.booked,
            closed: d.closed,
            solved_on_call: d.solved,
          })),
        )
        .onConflict((oc) =>
          oc.columns(['center_code', 'day']).doUpdateSet((eb) => ({
            booked: eb('stats_center_days.booked', '+', eb.ref('excluded.booked')),
            closed: eb('stats_center_days.closed', '+', eb.ref('excluded.closed')),
            solved_on_call: eb('stats_center_days.solved_on_call', '+', eb.ref('excluded.solved_on_call')),
          })),
        )
        .execute();
    }
    const guides = [...this.guides.values()];
    for (const part of inStatements(guides)) {
      await db
        .insertInto('stats_guide_days')
        .values(
          part.map((g) => ({
            center_code: g.center,
            day: g.day,
            guide_id: g.guide,
            booked: g.booked,
            solved_on_call: g.solved,
          })),
        )
        .onConflict((oc) =>
          oc.columns(['center_code', 'day', 'guide_id']).doUpdateSet((eb) => ({
            booked: eb('stats_guide_days.booked', '+', eb.ref('excluded.booked')),
            solved_on_call: eb('stats_guide_days.solved_on_call', '+', eb.ref('excluded.solved_on_call')),
          })),
        )
        .execute();
    }
    await this.applyDurations(db);
  }

  /** Durations are lists, not sums: read the days touched, change them, write them back. */
  private async applyDurations(db: StatsDb): Promise<void> {
    const changes = [...this.durations.values()];
    if (changes.length === 0) return;
    const stored = new Map<string, number[]>();
    const centers = [...new Set(changes.map((c) => c.center))];
    const days = [...new Set(changes.map((c) => c.day))];
    for (const part of inStatements(days)) {
      const rows = await db
        .selectFrom('stats_duration_days')
        .select(['kind', 'center_code', 'day', 'durations'])
        .where('kind', 'in', ['claim', 'close'])
        .where('center_code', 'in', centers)
        .where('day', 'in', part)
        .execute();
      for (const r of rows)
        stored.set(durationKey(r.kind, r.center_code, r.day), decodeDurations(r.durations));
    }
    const rows: { kind: 'claim' | 'close'; center_code: string; day: number; durations: string }[] = [];
    const emptied: DurationChange[] = [];
    for (const change of changes) {
      const values = stored.get(durationKey(change.kind, change.center, change.day)) ?? [];
      for (const gone of change.remove) {
        const at = values.indexOf(gone);
        if (at < 0) {
          throw new AppError('STORAGE_FAILED', 'the duration rollup lacks a value it counted', {
            kind: change.kind,
            center: change.center,
            day: change.day,
          });
        }
        values[at] = values[values.length - 1]!;
        values.pop();
      }
      values.push(...change.add);
      // A day whose last value left has no row, as a day without claims never had one.
      if (values.length === 0) {
        emptied.push(change);
        continue;
      }
      rows.push({
        kind: change.kind,
        center_code: change.center,
        day: change.day,
        durations: encodeDurations(values),
      });
    }
    for (const part of inStatements(rows)) {
      await db
        .insertInto('stats_duration_days')
        .values(part)
        .onConflict((oc) =>
          oc
            .columns(['kind', 'center_code', 'day'])
            .doUpdateSet((eb) => ({ durations: eb.ref('excluded.durations') })),
        )
        .execute();
    }
    for (const gone of emptied) {
      await db
        .deleteFrom('stats_duration_days')
        .where('kind', '=', gone.kind)
        .where('center_code', '=', gone.center)
        .where('day', '=', gone.day)
        .execute();
    }
  }

  private day(center: string, day: number): DayCounts {
    const key = `${center}\u0000${day}`;
    let entry = this.days.get(key);
    if (!entry) {
      entry = { center, day, booked: 0, closed: 0, solved: 0 };
      this.days.set(key, entry);
    }
    return entry;
  }

  private guide(center: string, day: number, guide: string): GuideDayCounts {
    const key = `${center}\u0000${day}\u0000${guide}`;
    let entry = this.guides.get(key);
    if (!entry) {
      entry = { center, day, guide, booked: 0, solved: 0 };
      this.guides.set(key, entry);
    }
    return entry;
  }

  private duration(kind: 'claim' | 'close', center: string, at: number): DurationChange {
    const day = this.dayOf(at);
    const key = durationKey(kind, center, day);
    let entry = this.durations.get(key);
    if (!entry) {
      entry = { kind, center, day, add: [], remove: [] };
      this.durations.set(key, entry);
    }
    return entry;
  }
}

const durationKey = (kind: string, center: string, day: number) => `${kind}\u0000${center}\u0000${day}`;

const same = (a: { at: number; ms: number } | null, b: { at: number; ms: number } | null): boolean =>
  a === b || (a !== null && b !== null && Number(a.at) === Number(b.at) && a.ms === b.ms);
