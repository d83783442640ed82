import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import type { Logger } from '../shared/logger';
import type { Database } from './database';
import type { Db, SqlContext } from './sql-context';
import { retryWhileBusy, sqliteBusyTimeoutMs } from './sqlite-busy';

/**
 * The embedded default: one file, WAL so that readers never wait for the writer, foreign keys on
 * (SQLite leaves them off per connection). Several processes may share the file: every write
 * takes SQLite's write lock through `write`/`run`, which wait for it without blocking.
 */
export async function openSqlite(file: string, logger: Logger): Promise<SqlContext> {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const raw = new BetterSqlite3(file);
  try {
    raw.pragma(`busy_timeout = ${sqliteBusyTimeoutMs}`);
    await retryWhileBusy(async () => raw.pragma('journal_mode = WAL'));
    raw.pragma('foreign_keys = ON');
  } catch (error) {
    raw.close();
    throw error;
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
  logger.info('storage.opened', { dialect: 'sqlite', file });

  const inImmediateTransaction = async <T>(conn: Db, fn: () => Promise<T>): Promise<T> => {
    await retryWhileBusy(() => sql`begin immediate`.execute(conn));
    try {
      const result = await fn();
      await sql`commit`.execute(conn);
      return result;
    } catch (error) {
      // SQLite may already have rolled back by itself (e.g. after SQLITE_FULL).
      if (raw.inTransaction) await sql`rollback`.execute(conn);
      throw error;
    }
  };

  return {
    dialect: 'sqlite',
    db,
    schema: undefined,
    write: (fn) => db.connection().execute((conn) => inImmediateTransaction(conn, () => fn(conn))),
    run: (fn) => retryWhileBusy(() => fn(db)),
    // Kysely's SQLite migration lock only guards one connection; this guards the file. The
    // migrator's statements run on the same single connection, inside this transaction.
    migrationLock: (fn) => inImmediateTransaction(db, fn),
    close: () => db.destroy(),
  };
}
