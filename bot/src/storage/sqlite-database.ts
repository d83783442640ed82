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
    // In WAL mode NORMAL is still durable against a crash of the process and never corrupts the
    // file; only a power loss may drop the last commits. FULL would fsync on every commit, which
    // blocks the event loop (better-sqlite3 is synchronous). Set here rather than left to the
    // default that better-sqlite3 happens to compile in.
    raw.pragma('synchronous = NORMAL');
    raw.pragma('foreign_keys = ON');
  } catch (error) {
    raw.close();
    throw error;
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(raw) }) });
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

const cachedStatements = 500;

/**
 * Kysely prepares every query anew, and preparing costs about as much as running a simple query.
 * The repositories send the same few hundred SQL texts, so prepared statements are kept by text
 * (a bounded number: literals in a query make new texts). Reusing one is safe because Kysely runs
 * each statement to completion (`all`/`run`) before the next, on its single connection.
 */
function withStatementCache(raw: BetterSqlite3.Database) {
  const statements = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => raw.close(),
    prepare(text: string): BetterSqlite3.Statement {
      let statement = statements.get(text);
      if (!statement) {
        statement = raw.prepare(text);
        if (statements.size >= cachedStatements) statements.delete(statements.keys().next().value!);
        statements.set(text, statement);
      }
      return statement;
    },
  };
}
