import type { Selectable } from 'kysely';
import type { ChannelBinding, ChannelBindingStore } from '../shared/store-ports';
import type { ChannelBindingsTable } from './database';
import type { SqlContext } from './sql-context';
import { fromMs, toMs } from './values';

const fromRow = (r: Selectable<ChannelBindingsTable>): ChannelBinding => ({
  centerCode: r.center_code,
  serviceUrl: r.service_url,
  tenantId: r.tenant_id,
  teamId: r.team_id,
  channelId: r.channel_id,
  channelName: r.channel_name,
  boundBy: { id: r.bound_by_id, name: r.bound_by_name },
  at: fromMs(r.bound_at),
  mention:
    r.mention_kind && r.mention_id && r.mention_name
      ? { kind: r.mention_kind, id: r.mention_id, name: r.mention_name }
      : null,
});

/** Which channel receives each center's callbacks (`@bot tilknyt CSO`). */
export function channelBindingRepository(ctx: SqlContext): ChannelBindingStore {
  const { db } = ctx;
  return {
    bindChannel: (binding) =>
      ctx.write(async (trx) => {
        const previousRow = await trx
          .selectFrom('channel_bindings')
          .selectAll()
          .where('center_code', '=', binding.centerCode)
          .executeTakeFirst();
        const displacedRow = await trx
          .selectFrom('channel_bindings')
          .selectAll()
          .where('channel_id', '=', binding.channelId)
          .where('center_code', '<>', binding.centerCode)
          .executeTakeFirst();
        if (displacedRow) {
          await trx
            .deleteFrom('channel_bindings')
            .where('center_code', '=', displacedRow.center_code)
            .execute();
        }
        const row = {
          center_code: binding.centerCode,
          service_url: binding.serviceUrl,
          tenant_id: binding.tenantId,
          team_id: binding.teamId,
          channel_id: binding.channelId,
          channel_name: binding.channelName ?? null,
          bound_by_id: binding.boundBy.id,
          bound_by_name: binding.boundBy.name,
          bound_at: toMs(binding.at),
          mention_kind: binding.mention?.kind ?? null,
          mention_id: binding.mention?.id ?? null,
          mention_name: binding.mention?.name ?? null,
        };
        await trx
          .insertInto('channel_bindings')
          .values(row)
          .onConflict((oc) => oc.column('center_code').doUpdateSet(row))
          .execute();
        return {
          previous: previousRow ? fromRow(previousRow) : null,
          displaced: displacedRow ? fromRow(displacedRow) : null,
        };
      }),

    async bindingFor(centerCode) {
      const row = await db
        .selectFrom('channel_bindings')
        .selectAll()
        .where('center_code', '=', centerCode)
        .executeTakeFirst();
      return row ? fromRow(row) : null;
    },

    async bindingOfChannel(channelId) {
      const row = await db
        .selectFrom('channel_bindings')
        .selectAll()
        .where('channel_id', '=', channelId)
        .executeTakeFirst();
      return row ? fromRow(row) : null;
    },

    async listBindings() {
      const rows = await db.selectFrom('channel_bindings').selectAll().orderBy('center_code').execute();
      return rows.map(fromRow);
    },
  };
}
