import type { ExpressionBuilder } from 'kysely';
import type { InstanceHold, OutboxStore } from '../outbox/outbox-store';
import { runWorkerId } from '../outbox/outbox-store';
import type { Database } from './database';
import { deadLetterQueries } from './outbox-dead-letters';
import { insertOutboxEntries, outboxFromRow } from './outbox-rows';
import type { Db, SqlContext } from './sql-context';
import { toJson, toMs } from './values';

/** Pending, due, and not held by a live lease (an expired lease means its worker died or hung). */
const dueAt = (now: number) => (eb: ExpressionBuilder<Database, 'outbox'>) =>
  eb.and([
    eb('status', '=', 'pending'),
    eb('next_attempt_at', '<=', now),
    eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]),
  ]);

const heldBy = (id: string, workerId: string) => (eb: ExpressionBuilder<Database, 'outbox'>) =>
  eb.and([eb('id', '=', id), eb('status', '=', 'pending'), eb('locked_by', '=', workerId)]);

const unlocked = { locked_by: null, locked_until: null } as const;
/** The entry's fate is decided: no send of it is in flight any more. */
const settled = { ...unlocked, in_flight_at: null } as const;

export function outboxRepository(
  ctx: SqlContext,
  holdInstance: (instanceId: string) => Promise<InstanceHold>,
): OutboxStore {
  const { db } = ctx;

  const changed = async (write: Promise<{ numUpdatedRows: bigint }>) =>
    Number((await write).numUpdatedRows) === 1;

  /**
   * PostgreSQL: lock due rows, skipping those another worker is locking right now, then stamp
   * them. SQLite: one UPDATE ... RETURNING under the file's write lock, which no other connection
   * or process can hold at the same time.
   */
  const lease = (trx: Db, workerId: string, now: number, leaseMs: number, limit: number) => {
    const stamp = (eb: ExpressionBuilder<Database, 'outbox'>) => ({
      locked_by: workerId,
      locked_until: now + leaseMs,
      attempts: eb('attempts', '+', 1),
    });
    const due = trx
      .selectFrom('outbox')
      .select('id')
      .where(dueAt(now))
      .orderBy('next_attempt_at')
      .orderBy('id')
      .limit(limit);
    if (ctx.dialect === 'sqlite') {
      return trx.updateTable('outbox').set(stamp).where('id', 'in', due).returningAll().execute();
    }
    return (async () => {
      const ids = (await due.forUpdate().skipLocked().execute()).map((r) => r.id);
      if (ids.length === 0) return [];
      return trx.updateTable('outbox').set(stamp).where('id', 'in', ids).returningAll().execute();
    })();
  };

  return {
    enqueue: async (entry) => (await ctx.run((d) => insertOutboxEntries(d, [entry]))).length === 1,

    async leaseDue(workerId, now, leaseMs, limit) {
      if (limit < 1) return [];
      const rows = await ctx.write((trx) => lease(trx, workerId, toMs(now), leaseMs, limit));
      return rows
        .map(outboxFromRow)
        .sort((a, b) => a.nextAttemptAt.getTime() - b.nextAttemptAt.getTime() || a.id.localeCompare(b.id));
    },

    markSent: (id, workerId, result, now) =>
      changed(
        ctx.run((d) =>
          d
            .updateTable('outbox')
            .set({
              status: 'sent',
              result: toJson(result),
              sent_at: toMs(now),
              last_error: null,
              ...settled,
            })
            .where(heldBy(id, workerId))
            .executeTakeFirst(),
        ),
      ),

    markInFlight: (id, workerId, now) =>
      changed(
        ctx.run((d) =>
          d
            .updateTable('outbox')
            .set({ in_flight_at: toMs(now) })
            .where(heldBy(id, workerId))
            .executeTakeFirst(),
        ),
      ),

    reschedule: (id, workerId, nextAttemptAt, error, clearInFlight = false) =>
      changed(
        ctx.run((d) =>
          d
            .updateTable('outbox')
            .set({
              next_attempt_at: toMs(nextAttemptAt),
              last_error: error,
              ...(clearInFlight ? settled : unlocked),
            })
            .where(heldBy(id, workerId))
            .executeTakeFirst(),
        ),
      ),

    markDead: (id, workerId, error) =>
      changed(
        ctx.run((d) =>
          d
            .updateTable('outbox')
            .set({ status: 'dead', last_error: error, ...settled })
            .where(heldBy(id, workerId))
            .executeTakeFirst(),
        ),
      ),

    async get(id) {
      const row = await db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? outboxFromRow(row) : null;
    },

    async byDedupeKey(dedupeKey) {
      const row = await db
        .selectFrom('outbox')
        .selectAll()
        .where('dedupe_key', '=', dedupeKey)
        .executeTakeFirst();
      return row ? outboxFromRow(row) : null;
    },

    async listForCallback(callbackId) {
      const rows = await db
        .selectFrom('outbox')
        .selectAll()
        .where('callback_id', '=', callbackId)
        .orderBy('first_due_at')
        .orderBy('id')
        .execute();
      return rows.map(outboxFromRow);
    },

    async backlog(now) {
      const at = toMs(now);
      const row = await db
        .selectFrom('outbox')
        .select((eb) => [
          eb.fn.countAll<number>().filterWhere('status', '=', 'pending').as('pending'),
          eb.fn.countAll<number>().filterWhere(dueAt(at)).as('due'),
          eb.fn
            .countAll<number>()
            .filterWhere((f) => f.and([f('status', '=', 'pending'), f('locked_until', '>', at)]))
            .as('leased'),
          eb.fn.countAll<number>().filterWhere('status', '=', 'dead').as('dead'),
          // Not only what is due now: an entry in retry backoff (Teams down) or leased is not
          // delivered either, and its age is what an operator needs to see grow.
          eb.fn
            .min<number | null>('first_due_at')
            .filterWhere((f) => f.and([f('status', '=', 'pending'), f('first_due_at', '<=', at)]))
            .as('oldest_undelivered'),
          eb.fn.max<number | null>('attempts').filterWhere('status', '=', 'pending').as('max_attempts'),
        ])
        .executeTakeFirstOrThrow();
      return {
        pending: Number(row.pending),
        due: Number(row.due),
        leased: Number(row.leased),
        dead: Number(row.dead),
        oldestUndeliveredAgeMs:
          row.oldest_undelivered === null ? null : Math.max(0, at - Number(row.oldest_undelivered)),
        maxAttempts: Number(row.max_attempts ?? 0),
      };
    },

    async purgeSent(sentBefore) {
      const result = await ctx.run((d) =>
        d
          .deleteFrom('outbox')
          .where('status', '=', 'sent')
          .where('sent_at', '<', toMs(sentBefore))
          .executeTakeFirst(),
      );
      return Number(result.numDeletedRows);
    },

    holdInstance,

    async releaseEarlierRuns(instanceId, owner) {
      const prefix = runWorkerId(instanceId, '');
      const result = await ctx.run((d) =>
        d
          .updateTable('outbox')
          .set(unlocked)
          .where('status', '=', 'pending')
          .where((eb) => eb(eb.fn('substr', ['locked_by', eb.lit(1), eb.lit(prefix.length)]), '=', prefix))
          .where('locked_by', '<>', owner)
          .executeTakeFirst(),
      );
      return Number(result.numUpdatedRows);
    },

    ...deadLetterQueries(ctx),
  };
}
