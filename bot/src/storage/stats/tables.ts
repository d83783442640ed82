import type { Kysely } from 'kysely';
import type { Database } from '../database';

/** The callbacks columns added by migration 002-statistics (nullable: filled after the fact). */
interface CallbackStatsColumns {
  claim_working_ms: number | null;
  /** The claimed_at that claim_working_ms was measured for. */
  claim_working_of: number | null;
  close_working_ms: number | null;
  /** The closed_at that close_working_ms was measured for. */
  close_working_of: number | null;
}

/** The callbacks columns added by migration 004: what the daily rollups counted for the callback. */
interface CallbackRollupColumns {
  /** The version folded into the rollups; null until the first time. */
  rollup_version: number | null;
  /** Claim counted (time and working-hour duration); null when none was. */
  rollup_claimed_at: number | null;
  rollup_claim_ms: number | null;
  /** Close counted (status closed); null when none was. */
  rollup_closed_at: number | null;
  rollup_close_ms: number | null;
}

interface StatsCenterDaysTable {
  center_code: string;
  /** Local (Copenhagen) calendar day, as days since 1970-01-01. */
  day: number;
  booked: number;
  closed: number;
  solved_on_call: number;
}

interface StatsGuideDaysTable {
  center_code: string;
  day: number;
  guide_id: string;
  booked: number;
  solved_on_call: number;
}

interface StatsDurationDaysTable {
  kind: 'claim' | 'close';
  center_code: string;
  day: number;
  /** Base64 of little-endian float64 values, in no particular order. */
  durations: string;
}

type StatsDatabase = Omit<Database, 'callbacks' | 'inquiries'> & {
  callbacks: Database['callbacks'] & CallbackStatsColumns & CallbackRollupColumns;
  inquiries: Database['inquiries'] & { rolled_up: number | null };
  stats_center_days: StatsCenterDaysTable;
  stats_guide_days: StatsGuideDaysTable;
  stats_duration_days: StatsDurationDaysTable;
};
export type StatsDb = Kysely<StatsDatabase>;

/** The same connection, typed with the statistics columns and tables. */
export const withStatsColumns = (db: Kysely<Database>): StatsDb => db as unknown as StatsDb;
