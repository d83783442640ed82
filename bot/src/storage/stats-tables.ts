import type { Kysely } from 'kysely';
import type { Database } from './database';

/** The callbacks columns added by migration 002-statistics (nullable: filled after the fact). */
export interface CallbackStatsColumns {
  claim_working_ms: number | null;
  /** The claimed_at that claim_working_ms was measured for. */
  claim_working_of: number | null;
  close_working_ms: number | null;
  /** The closed_at that close_working_ms was measured for. */
  close_working_of: number | null;
}

export type StatsDatabase = Omit<Database, 'callbacks'> & {
  callbacks: Database['callbacks'] & CallbackStatsColumns;
};
export type StatsDb = Kysely<StatsDatabase>;

/** The same connection, typed with the statistics columns. */
export const withStatsColumns = (db: Kysely<Database>): StatsDb =>
  db.withTables<{ callbacks: CallbackStatsColumns }>() as unknown as StatsDb;
