import { Kysely, sql } from 'kysely';
import { Pool, types, type CustomTypesConfig } from 'pg';
import type { Logger } from '../shared/logger';
import type { Database } from './database';
import { CurrentSchemaPostgresDialect } from './postgres-introspector';
import type { SqlContext } from './sql-context';

/**
 * BIGINT (epoch-ms times, counters, count(*)) comes back as a number rather than pg's default
 * string: every value stored is far below 2^53, and the repositories then read both dialects alike.
 */
const bigintAsNumber: CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === types.builtins.INT8 && format !== 'binary'
      ? (value: string) => Number(value)
      : types.getTypeParser(oid, format)) as CustomTypesConfig['getTypeParser'],
};

/** The URL without its password, for logs and error messages. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

/**
 * PostgreSQL for deployments with several instances. The schema comes from the connection's
 * search_path (e.g. `?options=-c%20search_path%3Dkontaktcenter`), so tables, the migration
 * bookkeeping and every query use the same one.
 */
export async function openPostgres(url: string, logger: Logger): Promise<SqlContext> {
  const pool = new Pool({
    connectionString: url,
    types: bigintAsNumber,
    connectionTimeoutMillis: 10_000,
    // A server that vanishes without closing the socket (failover, a cut network) is noticed.
    keepAlive: true,
  });
  // When the server goes away (restart, failover, an administrator ending sessions) every client
  // emits 'error'. pg-pool listens only on idle clients, and an 'error' event nobody listens to
  // ends the process, so each client gets a listener for its whole life. The query in flight
  // fails on its own; the broken client is dropped when it is released; new ones are opened as
  // soon as the server answers again.
  pool.on('connect', (client) => {
    client.on('error', (error) => logger.warn('storage.connection_lost', { error: error.message }));
  });
  // The pool re-emits an idle client's error: it needs a listener too, and the line above logged it.
  pool.on('error', (error) => logger.debug('storage.pool_error', { error: error.message }));
  const db = new Kysely<Database>({ dialect: new CurrentSchemaPostgresDialect({ pool }) });
  let schema: string | undefined;
  try {
    const row = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
    schema = row.rows[0]?.schema ?? undefined;
  } catch (error) {
    await db.destroy();
    throw error;
  }
  if (!schema) {
    await db.destroy();
    throw new Error('no current schema: the search_path names no existing schema');
  }
  logger.info('storage.opened', { dialect: 'postgres', url: redactUrl(url), schema });
  return {
    dialect: 'postgres',
    db,
    schema,
    write: (fn) => db.transaction().execute(fn),
    run: (fn) => fn(db),
    // Kysely's Migrator takes a PostgreSQL advisory lock itself.
    migrationLock: (fn) => fn(),
    async forgetErased(tables) {
      // VACUUM cannot run inside a transaction; each runs on a pooled connection by itself.
      for (const table of tables) await sql`vacuum ${sql.table(table)}`.execute(db);
    },
    close: () => db.destroy(),
  };
}
