import { sql, type Kysely } from 'kysely';
import { maskPersonalDigits } from '../../privacy/mask-personal-digits';

/**
 * Search statistics without personal data (decision 0021), the same DDL for both dialects:
 *
 * - Query texts stored before digit groups were masked in every spelling (`22 33 44 55`,
 *   `cpr 01 01 90 1234`, Arabic-Indic digits…) are masked now, with the rule of the day.
 * - The index of unanswered searches also carries the agent, so the report's "two agents on two
 *   days" is read from the index alone.
 * - A small partial index finds the query texts that retention must erase.
 */
const batch = 1000;

type Row = { id: string; query_normalized: string };

export async function up(db: Kysely<unknown>): Promise<void> {
  await maskStoredQueries(db as unknown as Kysely<{ inquiries: Row }>);

  await db.schema.dropIndex('inquiries_unanswered_idx').execute();
  await db.schema
    .createIndex('inquiries_unanswered_idx')
    .on('inquiries')
    .columns(['at', 'query_normalized', 'user_id'])
    .where(sql<boolean>`${unansweredSearch}`)
    .execute();
  await db.schema
    .createIndex('inquiries_search_text_idx')
    .on('inquiries')
    .column('at')
    .where(sql<boolean>`${searchTextKept}`)
    .execute();
}

/** Keyset batches, so a year of searches is never read at once. */
async function maskStoredQueries(db: Kysely<{ inquiries: Row }>): Promise<void> {
  let after = '';
  for (;;) {
    const rows = await db
      .selectFrom('inquiries')
      .select(['id', 'query_normalized'])
      .where('query_normalized', 'is not', null)
      .where('id', '>', after)
      .orderBy('id')
      .limit(batch)
      .execute();
    // One statement per new text, not per row: masked texts repeat ('cpr', 'tlf', …).
    const changed = new Map<string | null, string[]>();
    for (const row of rows) {
      const masked = maskPersonalDigits(row.query_normalized, ' ').replace(/\s+/g, ' ').trim() || null;
      if (masked !== row.query_normalized) changed.set(masked, [...(changed.get(masked) ?? []), row.id]);
    }
    for (const [masked, ids] of changed) {
      await db
        .updateTable('inquiries')
        .set({ query_normalized: masked } as unknown as Partial<Row>)
        .where('id', 'in', ids)
        .execute();
    }
    if (rows.length < batch) return;
    after = rows[rows.length - 1]!.id;
  }
}

/** The partial indexes' predicates, repeated word for word by the queries (see 002). */
export const unansweredSearch = sql.raw(`kind = 'search' and hit_count = 0`);
export const searchTextKept = sql.raw('query_normalized is not null');
