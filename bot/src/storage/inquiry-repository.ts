import { randomUUID } from 'node:crypto';
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Inquiry, InquiryFilter, InquiryStore } from '../inquiries/inquiry-store';
import type { Database } from './database';
import { searchTextKept } from './partial-indexes';
import type { Db, SqlContext } from './sql-context';
import { noRows, toMs } from './values';

/**
 * Anonymous statistics: what agents searched and how inquiries ended (no citizen data).
 * One anonymous statistics line as stored; shared with the bulk loader of the seeding script.
 */
export const inquiryRow = (i: Inquiry, id: string) => ({
  id,
  at: toMs(i.at),
  kind: i.kind,
  user_id: i.userId ?? null,
  center_code: i.centerCode ?? null,
  guide_id: i.guideId ?? null,
  query_normalized: i.queryNormalized ?? null,
  hit_count: i.hitCount ?? null,
});

/** Writes one line with `db`, which may be a transaction (a booking writes its line in its own). */
export async function insertInquiry(db: Db, inquiry: Inquiry): Promise<void> {
  await db.insertInto('inquiries').values(inquiryRow(inquiry, randomUUID())).execute();
}

const matching =
  (filter: InquiryFilter) =>
  (eb: ExpressionBuilder<Database, 'inquiries'>): Expression<SqlBool> => {
    const all: Expression<SqlBool>[] = [];
    if (filter.kinds) all.push(filter.kinds.length ? eb('kind', 'in', [...filter.kinds]) : noRows);
    if (filter.centerCodes) {
      all.push(filter.centerCodes.length ? eb('center_code', 'in', [...filter.centerCodes]) : noRows);
    }
    if (filter.userId !== undefined) all.push(eb('user_id', '=', filter.userId));
    if (filter.from) all.push(eb('at', '>=', toMs(filter.from)));
    if (filter.to) all.push(eb('at', '<', toMs(filter.to)));
    return eb.and(all);
  };

export function inquiryRepository(ctx: SqlContext): InquiryStore {
  return {
    async recordInquiry(i) {
      await ctx.run((db) => insertInquiry(db, i));
    },

    async countInquiries(filter) {
      const row = await ctx.db
        .selectFrom('inquiries')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where(matching(filter))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async countPerGuide(filter) {
      const rows = await ctx.db
        .selectFrom('inquiries')
        .select((eb) => ['guide_id', eb.fn.countAll<number>().as('n')])
        .where(matching(filter))
        .where('guide_id', 'is not', null)
        .groupBy('guide_id')
        .execute();
      return rows
        .map((r) => ({ guideId: r.guide_id!, count: Number(r.n) }))
        .sort((a, b) => b.count - a.count || a.guideId.localeCompare(b.guideId));
    },

    async eraseSearchText(before) {
      // Word for word the partial index's predicate, so that SQLite finds the rows through it.
      const erased = await ctx.run((db) =>
        db
          .updateTable('inquiries')
          .set({ query_normalized: null })
          .where(sql<boolean>`${searchTextKept}`)
          .where('at', '<', toMs(before))
          .executeTakeFirst(),
      );
      return Number(erased.numUpdatedRows);
    },
  };
}
