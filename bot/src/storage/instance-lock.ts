import { createHash } from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';
import { Client } from 'pg';
import type { Logger } from '../shared/logger';
import type { InstanceHold } from '../outbox/outbox-store';

/**
 * Who may use an instance id right now (decision 0033). A lock that the operating system or the
 * database drops when its process dies, so holding it proves every earlier holder has ended:
 *
 * - SQLite (one machine by nature): an exclusive lock on a small lock file beside the database,
 *   one per instance id. POSIX file locks end with the process, SIGKILL included.
 * - PostgreSQL: a session-level advisory lock on a connection of its own, keyed by the schema and
 *   the instance id. PostgreSQL releases it when that session ends, which a killed process's does.
 *
 * Not holding it means another live process uses the same id (or the database is away): the
 * caller then leaves leases of the id alone and lets them expire, as without an instance id.
 */
export type InstanceLockTarget =
  { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; url: string; schema: string };

const refused = (why: 'in_use' | 'unavailable'): InstanceHold => ({
  held: false,
  refused: why,
  release: async () => undefined,
});

export function instanceLocks(target: InstanceLockTarget, logger: Logger) {
  return (instanceId: string): Promise<InstanceHold> =>
    target.dialect === 'sqlite'
      ? Promise.resolve(sqliteLock(target.file, instanceId, logger))
      : postgresLock(target.url, target.schema, instanceId, logger);
}

/** The lock file of an instance id; hashed, since an id may hold any character. */
const sqliteLockFile = (file: string, instanceId: string): string =>
  `${file}.instance-${createHash('sha256').update(instanceId).digest('hex').slice(0, 16)}.lock`;

function sqliteLock(file: string, instanceId: string, logger: Logger): InstanceHold {
  // Nothing else can open an in-memory database, so nobody else can use the id with it.
  if (file === ':memory:') return { held: true, release: async () => undefined };
  let lock: BetterSqlite3.Database | undefined;
  try {
    lock = new BetterSqlite3(sqliteLockFile(file, instanceId), { timeout: 0 });
    lock.exec('begin exclusive');
  } catch (error) {
    lock?.close();
    if ((error as { code?: unknown }).code === 'SQLITE_BUSY') return refused('in_use');
    logger.warn('storage.instance_lock_failed', { instanceId, error });
    return refused('unavailable');
  }
  const held = lock;
  let open = true;
  return {
    get held() {
      return open;
    },
    async release() {
      if (!open) return;
      open = false;
      held.close();
    },
  };
}

async function postgresLock(url: string, schema: string, instanceId: string, logger: Logger) {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  let open = false;
  let failed = false;
  // A dropped connection (database restart) must not crash the process: the lock is gone with it.
  client.on('error', (error) => {
    if (open) logger.warn('storage.instance_lock_lost', { instanceId, error: error.message });
    open = false;
  });
  client.on('end', () => (open = false));
  try {
    await client.connect();
    const result = await client.query<{ ok: boolean }>(
      'select pg_try_advisory_lock(hashtext($1), hashtext($2)) as ok',
      [`kontaktcenter outbox instance ${schema}`, instanceId],
    );
    open = result.rows[0]?.ok === true;
  } catch (error) {
    failed = true;
    logger.warn('storage.instance_lock_failed', { instanceId, error: (error as Error).message });
  }
  if (!open) {
    await client.end().catch(() => undefined);
    return refused(failed ? 'unavailable' : 'in_use');
  }
  return {
    get held() {
      return open;
    },
    async release() {
      open = false;
      await client.end().catch(() => undefined);
    },
  } satisfies InstanceHold;
}
