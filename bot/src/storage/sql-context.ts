import type { Kysely } from 'kysely';
import type { Database } from './database';

export type Dialect = 'sqlite' | 'postgres';
export type Db = Kysely<Database>;

/** What every repository gets: the database and the two ways to write that work in both dialects. */
export interface SqlContext {
  dialect: Dialect;
  db: Db;
  /**
   * Runs `fn` in a write transaction. SQLite takes the write lock up front (BEGIN IMMEDIATE), so
   * a transaction that reads and then writes never fails half-way because another connection
   * wrote in between; PostgreSQL uses its default READ COMMITTED with row locks.
   */
  write<T>(fn: (trx: Db) => Promise<T>): Promise<T>;
  /** Runs one self-contained statement (atomic by itself), retried while SQLite is busy. */
  run<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  /** Holds the lock that makes concurrent start-ups migrate one after the other. */
  migrationLock<T>(fn: () => Promise<T>): Promise<T>;
  /**
   * After an erasure batch has committed: removes what the database engine itself still keeps of
   * the erased values. SQLite overwrites freed space with zeros as it goes (secure_delete), and
   * here checkpoints and truncates the write-ahead log, which still holds the old pages;
   * PostgreSQL vacuums the tables, so the dead row versions are removed from them (decision 0023).
   */
  forgetErased(tables: readonly (keyof Database)[]): Promise<void>;
  /** The PostgreSQL schema the tables live in (from search_path); undefined for SQLite. */
  schema: string | undefined;
  close(): Promise<void>;
}
