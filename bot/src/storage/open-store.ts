import path from 'node:path';
import { sql } from 'kysely';
import { AppError } from '../shared/errors';
import type { Logger } from '../shared/logger';
import { repoRoot } from '../config/repo-root';
import type { InstanceHold } from '../outbox/outbox-store';
import type { Store } from './store';
import { accessLogRepository } from './access-log-repository';
import { adminLogRepository } from './admin-log-repository';
import { callbackRepository } from './callback-repository';
import { cardPostRepository } from './card-post-repository';
import { channelBindingRepository } from './channel-binding-repository';
import { downloadLinkRepository } from './download-link-repository';
import { learningRepository } from './learning-repository';
import { erasureJournalRepository } from './erasure-journal-repository';
import { instanceLocks, type InstanceLockTarget } from './instance-lock';
import { inquiryRepository } from './inquiry-repository';
import { migrateToLatest } from './migrate';
import { outboxRepository } from './outbox-repository';
import { openPostgres, redactUrl } from './postgres-database';
import type { SqlContext } from './sql-context';
import { openSqlite } from './sqlite-database';
import { statsRepository } from './stats/stats-repository';
import { guardedContext } from './storage-failure';
import { teamRepository } from './team-repository';
import { userConversationRepository } from './user-conversation-repository';

export interface StoreConfig {
  /** postgres://... selects PostgreSQL; otherwise the embedded SQLite file is used. */
  databaseUrl?: string;
  /** Default data/kontaktcenter.sqlite under the repository root; ':memory:' for throwaway stores. */
  sqliteFile?: string;
}

export const defaultSqliteFile = (): string => path.join(repoRoot(), 'data', 'kontaktcenter.sqlite');

/** Opens the store and migrates it to the latest schema; the only entry point into storage. */
export async function openStore(config: StoreConfig, logger: Logger): Promise<Store> {
  const log = logger.child({ component: 'storage' });
  const where = config.databaseUrl
    ? redactUrl(config.databaseUrl)
    : (config.sqliteFile ?? defaultSqliteFile());
  let ctx: SqlContext;
  try {
    ctx = config.databaseUrl
      ? await openPostgres(config.databaseUrl, log)
      : await openSqlite(config.sqliteFile ?? defaultSqliteFile(), log);
  } catch (error) {
    throw storageFailed(`cannot open ${where}`, error);
  }
  try {
    const applied = await migrateToLatest(ctx, log);
    await cleanAfterUpgrade(ctx, applied, log);
  } catch (error) {
    await ctx.close();
    throw storageFailed(`cannot migrate ${where}`, error);
  }
  const lockTarget: InstanceLockTarget = config.databaseUrl
    ? { dialect: 'postgres', url: config.databaseUrl, schema: ctx.schema ?? 'public' }
    : { dialect: 'sqlite', file: config.sqliteFile ?? defaultSqliteFile() };
  return storeOf(ctx, lockTarget, log);
}

/**
 * Before migration 006, SQLite erased by overwriting columns without secure_delete, so freed
 * space in the file may still hold erased citizens' data. The upgrade to 006 rewrites the file
 * once (VACUUM copies only live rows) and truncates the WAL. A new database needs none of it.
 */
async function cleanAfterUpgrade(ctx: SqlContext, applied: readonly string[], log: Logger): Promise<void> {
  if (ctx.dialect !== 'sqlite' || !applied.includes('006-erasure-journal') || applied.includes('001-initial'))
    return;
  const started = Date.now();
  await sql`vacuum`.execute(ctx.db);
  await ctx.forgetErased([]);
  log.info('storage.vacuumed', { reason: 'secure erasure from migration 006', ms: Date.now() - started });
}

function storeOf(raw: SqlContext, lockTarget: InstanceLockTarget, log: Logger): Store {
  let closed = false;
  const { ctx, health } = guardedContext(raw);
  const lock = instanceLocks(lockTarget, log);
  const holds = new Set<InstanceHold>();
  const holdInstance = async (instanceId: string) => {
    const hold = await lock(instanceId);
    if (hold.held) holds.add(hold);
    return hold;
  };
  return {
    kind: ctx.dialect,
    callbacks: callbackRepository(ctx),
    outbox: outboxRepository(ctx, holdInstance),
    cardPosts: cardPostRepository(ctx),
    channels: channelBindingRepository(ctx),
    teams: teamRepository(ctx),
    users: userConversationRepository(ctx),
    inquiries: inquiryRepository(ctx),
    accessLog: accessLogRepository(ctx),
    erasures: erasureJournalRepository(ctx),
    adminLog: adminLogRepository(ctx),
    downloadLinks: downloadLinkRepository(ctx),
    learning: learningRepository(ctx),
    stats: statsRepository(ctx),
    async ping() {
      await sql`select 1`.execute(ctx.db);
    },
    async probeWrite() {
      // One small committed row, in the table of named numbers; nothing reads it.
      const value = Date.now();
      await ctx.run((db) =>
        db
          .insertInto('counters')
          .values({ name: 'readiness_write_probe', value })
          .onConflict((oc) => oc.column('name').doUpdateSet({ value }))
          .execute(),
      );
    },
    lastWriteFailure: () => health.lastFailure(),
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all([...holds].map((h) => h.release()));
      await ctx.close();
      log.info('storage.closed', { dialect: ctx.dialect });
    },
  };
}

function storageFailed(message: string, cause: unknown): AppError {
  // Read by shape, not `instanceof Error`: better-sqlite3's errors are plain objects with an Error
  // prototype, which under jest can come from another test file's realm.
  const text = (cause as { message?: unknown } | null)?.message;
  const reason = typeof text === 'string' ? text : String(cause);
  return new AppError('STORAGE_FAILED', `${message}: ${reason}`, { cause: reason });
}
