import { sql } from 'kysely';
import type { Callback } from '../bot/src/callbacks/callback';
import type { CallbackHistoryEntry } from '../bot/src/callbacks/callback-store';
import type { Logger } from '../bot/src/shared/logger';
import type { Inquiry } from '../bot/src/inquiries/inquiry-store';
import { callbackRow, eventRow } from '../bot/src/storage/callback-rows';
import { inquiryRow } from '../bot/src/storage/inquiry-repository';
import { migrateToLatest } from '../bot/src/storage/migrate';
import { defaultSqliteFile, type StoreConfig } from '../bot/src/storage/open-store';
import { openPostgres } from '../bot/src/storage/postgres-database';
import type { SqlContext } from '../bot/src/storage/sql-context';
import { openSqlite } from '../bot/src/storage/sqlite-database';
import { rollUp } from '../bot/src/storage/stats/rollup';
import { withStatsColumns } from '../bot/src/storage/stats/tables';
import { toMsOrNull } from '../bot/src/storage/values';

/**
 * Loads generated data in bulk (the seeding script for the tab's performance figures): many rows
 * per statement, one transaction per batch. Not for the bot itself, which books one callback
 * at a time through the repositories.
 */
export interface SeedCallback {
  callback: Callback;
  sequence: number;
  events: readonly CallbackHistoryEntry[];
  erasedAt: Date | null;
  /** Working-hour durations, measured as the overview would measure them. */
  claimWorkingMs: number | null;
  closeWorkingMs: number | null;
}

export interface BulkLoader {
  readonly kind: 'sqlite' | 'postgres';
  callbackCount(): Promise<number>;
  insertCallbacks(batch: readonly SeedCallback[]): Promise<void>;
  insertInquiries(batch: readonly (Inquiry & { id: string })[]): Promise<void>;
  /** The next reference handed out by the bot follows the seeded ones. */
  setReferenceCounter(lastSequence: number): Promise<void>;
  /**
   * Folds everything loaded into the overview's daily rollups (migration 004), as the bot would
   * fold it bit by bit; returns the rows folded.
   */
  rollUp(localDateOf: (at: Date) => string): Promise<number>;
  /** Lets the query planner know the new volumes, as autovacuum would (PostgreSQL: VACUUM ANALYZE). */
  analyze(): Promise<void>;
  close(): Promise<void>;
}

/** Rows per statement: 35 callback columns x 400 stays below both databases' parameter limits. */
const rowsPerStatement = 400;
/** Rows folded per transaction: larger than the bot's batches, as nobody waits on this one. */
const rollupBatch = 50_000;

export async function openBulkLoader(config: StoreConfig, logger: Logger): Promise<BulkLoader> {
  const ctx: SqlContext = config.databaseUrl
    ? await openPostgres(config.databaseUrl, logger)
    : await openSqlite(config.sqliteFile ?? defaultSqliteFile(), logger);
  await migrateToLatest(ctx, logger);
  if (ctx.dialect === 'sqlite') {
    // Random ids land all over the indexes: a large page cache saves re-reading them per batch.
    await sql`pragma cache_size = -262144`.execute(ctx.db);
    // Generated data can be generated again: no need to wait for the disk at every commit.
    await sql`pragma synchronous = off`.execute(ctx.db);
  }
  const inChunks = async <T>(rows: readonly T[], insert: (chunk: T[]) => Promise<unknown>) => {
    for (let i = 0; i < rows.length; i += rowsPerStatement) await insert(rows.slice(i, i + rowsPerStatement));
  };
  return {
    kind: ctx.dialect,
    async callbackCount() {
      const row = await ctx.db
        .selectFrom('callbacks')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    insertCallbacks: (batch) =>
      ctx.write(async (trx) => {
        const db = withStatsColumns(trx);
        await inChunks(batch, (chunk) =>
          db
            .insertInto('callbacks')
            .values(
              chunk.map((s) => ({
                ...callbackRow(s.callback, s.sequence, null),
                erased_at: toMsOrNull(s.erasedAt),
                claim_working_ms: s.claimWorkingMs,
                claim_working_of: s.claimWorkingMs === null ? null : toMsOrNull(s.callback.claimedAt),
                close_working_ms: s.closeWorkingMs,
                close_working_of: s.closeWorkingMs === null ? null : toMsOrNull(s.callback.closedAt),
              })),
            )
            .execute(),
        );
        await inChunks(
          batch.flatMap((s) => s.events.map(eventRow)),
          (chunk) => trx.insertInto('callback_events').values(chunk).execute(),
        );
      }),
    insertInquiries: (batch) =>
      ctx.write((trx) =>
        inChunks(batch, (chunk) =>
          trx
            .insertInto('inquiries')
            .values(chunk.map((i) => inquiryRow(i, i.id)))
            .execute(),
        ),
      ),
    async setReferenceCounter(lastSequence) {
      await ctx.run((db) =>
        db
          .updateTable('counters')
          .set({ value: lastSequence })
          .where('name', '=', 'callback_reference')
          .where('value', '<', lastSequence)
          .execute(),
      );
    },
    rollUp: (localDateOf) => rollUp(ctx, localDateOf, rollupBatch),
    async analyze() {
      // VACUUM also marks the pages all-visible, which index-only scans rely on.
      await sql.raw(ctx.dialect === 'postgres' ? 'vacuum analyze' : 'analyze').execute(ctx.db);
    },
    close: () => ctx.close(),
  };
}
