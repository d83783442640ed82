import type { OutboxStore } from '../outbox/outbox-store';
import type { SqlContext } from './sql-context';
import { fromMs, noRows, toMs } from './values';

/** The outbox's dead entries as the tab lists them, and bringing them back when a channel is fixed. */
export function deadLetterQueries(ctx: SqlContext): Pick<OutboxStore, 'deadLetters' | 'reviveDead'> {
  return {
    async deadLetters(centerCodes, limit) {
      const rows = await ctx.db
        .selectFrom('outbox')
        .leftJoin('callbacks', 'callbacks.id', 'outbox.callback_id')
        .select([
          'outbox.id',
          'outbox.kind',
          'outbox.callback_id',
          'outbox.attempts',
          'outbox.last_error',
          'outbox.first_due_at',
          'callbacks.reference',
          'callbacks.center_code',
        ])
        .where('outbox.status', '=', 'dead')
        .where((eb) =>
          centerCodes === null
            ? eb.lit(true)
            : centerCodes.length
              ? eb('callbacks.center_code', 'in', [...centerCodes])
              : noRows,
        )
        .orderBy('outbox.first_due_at', 'desc')
        .orderBy('outbox.id')
        .limit(limit)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        callbackId: r.callback_id,
        reference: r.reference,
        centerCode: r.center_code,
        attempts: r.attempts,
        lastError: r.last_error,
        firstDueAt: fromMs(r.first_due_at),
      }));
    },

    async reviveDead(centerCode, kinds, now) {
      if (kinds.length === 0) return 0;
      const result = await ctx.run((d) =>
        d
          .updateTable('outbox')
          .set({
            status: 'pending',
            next_attempt_at: toMs(now),
            attempts: 0,
            locked_by: null,
            locked_until: null,
          })
          .where('status', '=', 'dead')
          .where('kind', 'in', [...kinds])
          .where((eb) =>
            centerCode === null
              ? eb.lit(true)
              : eb(
                  'callback_id',
                  'in',
                  d.selectFrom('callbacks').select('id').where('center_code', '=', centerCode),
                ),
          )
          .executeTakeFirst(),
      );
      return Number(result.numUpdatedRows);
    },
  };
}
