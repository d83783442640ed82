import { sql, type Kysely } from 'kysely';

/**
 * Daily rollups for the coordinator's overview (decision 0014): a year is ~3,300 center-days
 * instead of 100,000 callbacks and 160,000 inquiries read per request. Same DDL for both dialects.
 *
 * - `stats_center_days`: per center and local day (days since 1970-01-01 on the Copenhagen
 *   calendar), callbacks booked, callbacks closed, inquiries solved on the call.
 * - `stats_guide_days`: the same per guide (booked from it, solved on the call with it).
 * - `stats_duration_days`: per kind (claim, close), center and local day, every working-hour
 *   duration of that day, so that medians and p90s stay exact: base64 of little-endian float64.
 *
 * Rows are folded in exactly once, after they are written, without any hook in the code that
 * writes them: a pending row is found through a small partial index, and folding marks it.
 * - Inquiries solved on the call: `rolled_up` is null until folded (inquiries never change).
 * - Callbacks: `rollup_version` is the version folded; a transition bumps `version`, so the row
 *   is pending again, and `rollup_claimed_at`/`_claim_ms`/`_closed_at`/`_close_ms` say what was
 *   counted for it, to be taken out before its new state is counted.
 * Existing rows start pending and are folded by the statistics job or the first overview.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('stats_center_days')
    .addColumn('center_code', 'text', (c) => c.notNull())
    .addColumn('day', 'integer', (c) => c.notNull())
    .addColumn('booked', 'integer', (c) => c.notNull())
    .addColumn('closed', 'integer', (c) => c.notNull())
    .addColumn('solved_on_call', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('stats_center_days_pk', ['center_code', 'day'])
    .execute();
  await db.schema
    .createTable('stats_guide_days')
    .addColumn('center_code', 'text', (c) => c.notNull())
    .addColumn('day', 'integer', (c) => c.notNull())
    .addColumn('guide_id', 'text', (c) => c.notNull())
    .addColumn('booked', 'integer', (c) => c.notNull())
    .addColumn('solved_on_call', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('stats_guide_days_pk', ['center_code', 'day', 'guide_id'])
    .execute();
  // Covering: the guide table sums a year of rows without reading them from the table.
  await db.schema
    .createIndex('stats_guide_days_counts_idx')
    .on('stats_guide_days')
    .columns(['center_code', 'day', 'guide_id', 'booked', 'solved_on_call'])
    .execute();
  await db.schema
    .createTable('stats_duration_days')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('center_code', 'text', (c) => c.notNull())
    .addColumn('day', 'integer', (c) => c.notNull())
    .addColumn('durations', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('stats_duration_days_pk', ['kind', 'center_code', 'day'])
    .execute();

  await db.schema.alterTable('inquiries').addColumn('rolled_up', 'integer').execute();
  await db.schema
    .createIndex('inquiries_rollup_pending_idx')
    .on('inquiries')
    .column('id')
    .where(sql<boolean>`${inquiryPending}`)
    .execute();

  for (const column of [
    'rollup_version',
    'rollup_claimed_at',
    'rollup_claim_ms',
    'rollup_closed_at',
    'rollup_close_ms',
  ]) {
    await db.schema.alterTable('callbacks').addColumn(column, 'bigint').execute();
  }
  await db.schema
    .createIndex('callbacks_rollup_pending_idx')
    .on('callbacks')
    .column('id')
    .where(sql<boolean>`${callbackPending}`)
    .execute();
}

/** The partial indexes' predicates, repeated word for word by the queries (see 002). */
export const inquiryPending = sql.raw(`kind = 'solved_on_call' and rolled_up is null`);
export const callbackPending = sql.raw('(rollup_version is null or rollup_version <> version)');
