import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
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
    // Erased values must not stay behind in freed space of the file (decision 0023). A per
    // connection setting: every connection this server opens comes through here.
    raw.pragma('secure_delete = ON');
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
    forgetErased: () => truncateWal(db, logger),
    close: () => db.destroy(),
  };
}

/** How long a checkpoint waits for other connections' readers to finish before it gives up. */
const checkpointPatienceMs = 5_000;

/**
 * The write-ahead log keeps every page as it was written, the citizen's data included, until a
 * checkpoint copies the pages back and the log is reset, so an erasure ends with a checkpoint
 * that truncates it to zero bytes. A reader in another process can hold it up; then it is tried
 * again, and if the reader stays, the next erasure batch (or SQLite's own checkpoints) finishes it.
 */
async function truncateWal(db: Db, logger: Logger): Promise<void> {
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    const result = await retryWhileBusy(() =>
      sql<{ busy: number; log: number; checkpointed: number }>`pragma wal_checkpoint(truncate)`.execute(db),
    );
    const row = result.rows[0];
    if (!row || row.busy === 0) return;
    if (Date.now() - started > checkpointPatienceMs) {
      logger.warn('storage.checkpoint_incomplete', { walFrames: row.log, checkpointed: row.checkpointed });
      return;
    }
    await sleep(Math.min(200, 10 * attempt));
  }
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
