import { sql, type Kysely } from 'kysely';

/**
 * What the coordinator tab's overview needs to answer within its time budget over 100,000
 * callbacks and 500,000 inquiries, the same DDL for SQLite and PostgreSQL:
 *
 * - Working-hour durations (time to claim, time to close) cannot be computed per request, so they
 *   are stored per callback: `*_working_ms` with `*_working_of`, the claimed_at / closed_at value
 *   they were measured for. A release, reopen or new claim changes that time, the two no longer
 *   match, and the row is measured again (the partial indexes find such rows cheaply).
 * - Covering indexes let every overview aggregate read an index only, never the wide rows.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const column of ['claim_working_ms', 'claim_working_of', 'close_working_ms', 'close_working_of']) {
    await db.schema.alterTable('callbacks').addColumn(column, 'bigint').execute();
  }

  // Center first: the overview filters on the centers in scope, and SQLite otherwise prefers the
  // (center_code, status) index of 001 and reads every matching row from the table.
  await index(db, 'callbacks_booked_stats_idx', 'callbacks', [
    'center_code',
    'booked_at',
    'guide_id',
    'moved_from',
  ]);
  await index(db, 'callbacks_claim_stats_idx', 'callbacks', [
    'center_code',
    'claimed_at',
    'claim_working_ms',
    'claim_working_of',
  ]);
  await index(db, 'callbacks_close_stats_idx', 'callbacks', [
    'status',
    'center_code',
    'closed_at',
    'close_working_ms',
    'close_working_of',
  ]);
  await index(db, 'callbacks_load_stats_idx', 'callbacks', ['status', 'center_code', 'deadline']);
  await db.schema
    .createIndex('callbacks_claim_pending_idx')
    .on('callbacks')
    .column('id')
    .where(sql<boolean>`${claimPending}`)
    .execute();
  await db.schema
    .createIndex('callbacks_close_pending_idx')
    .on('callbacks')
    .column('id')
    .where(sql<boolean>`${closePending}`)
    .execute();

  await index(db, 'inquiries_stats_idx', 'inquiries', ['kind', 'center_code', 'at', 'guide_id']);
  await db.schema
    .createIndex('inquiries_unanswered_idx')
    .on('inquiries')
    .columns(['at', 'query_normalized'])
    .where(sql<boolean>`kind = 'search' and hit_count = 0`)
    .execute();
}

/**
 * The predicates of the partial indexes. Queries must repeat them word for word (SQLite uses a
 * partial index only when the query's WHERE contains its terms), hence shared constants.
 */
export const claimPending = sql.raw(
  'claimed_at is not null and (claim_working_of is null or claim_working_of <> claimed_at)',
);
export const closePending = sql.raw(
  'closed_at is not null and (close_working_of is null or close_working_of <> closed_at)',
);

function index(db: Kysely<unknown>, name: string, table: string, columns: string[]): Promise<void> {
  return db.schema.createIndex(name).on(table).columns(columns).execute();
}
