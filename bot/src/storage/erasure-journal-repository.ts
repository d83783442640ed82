import type { Insertable, Selectable } from 'kysely';
import type { ErasureJournalEntry, ErasureJournalStore } from '../callbacks/erasure-journal';
import { AppError } from '../shared/errors';
import type { ErasureJournalTable } from './database';
import type { Db, SqlContext } from './sql-context';
import { fromMs, toMs } from './values';

const rowOf = (e: ErasureJournalEntry): Insertable<ErasureJournalTable> => ({
  id: e.id,
  at: toMs(e.at),
  reason: e.reason,
  citizen_key: e.reason === 'request' ? e.citizenKey : null,
  key_check: e.reason === 'request' ? e.keyCheck : null,
  closed_before: e.reason === 'retention' ? toMs(e.closedBefore) : null,
  callbacks: e.callbacks,
});

function entryOf(r: Selectable<ErasureJournalTable>): ErasureJournalEntry {
  const common = { id: r.id, at: fromMs(r.at), callbacks: r.callbacks };
  if (r.reason === 'request' && r.citizen_key !== null && r.key_check !== null) {
    return { ...common, reason: 'request', citizenKey: r.citizen_key, keyCheck: r.key_check };
  }
  if (r.reason === 'retention' && r.closed_before !== null) {
    return { ...common, reason: 'retention', closedBefore: fromMs(r.closed_before) };
  }
  throw new AppError('STORAGE_FAILED', 'unexpected erasure_journal row', { id: r.id, reason: r.reason });
}

/** Writes entries with `db`, which may be the transaction of the erasure they record. */
export async function insertJournalEntries(db: Db, entries: readonly ErasureJournalEntry[]): Promise<void> {
  for (const entry of entries) {
    await db
      .insertInto('erasure_journal')
      .values(rowOf(entry))
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }
}

export function erasureJournalRepository(ctx: SqlContext): ErasureJournalStore {
  return {
    record: (entries) => ctx.write((trx) => insertJournalEntries(trx, entries)),
    async since(since) {
      const rows = await ctx.db
        .selectFrom('erasure_journal')
        .selectAll()
        .where('at', '>=', toMs(since))
        .orderBy('at')
        .orderBy('id')
        .execute();
      return rows.map(entryOf);
    },
  };
}
