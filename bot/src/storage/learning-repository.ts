import { randomBytes } from 'node:crypto';
import type { Selectable } from 'kysely';
import {
  guideUses,
  keywordDecisions,
  type KeywordDecision,
  type KeywordPair,
} from '../learning/keyword-learning';
import type { LearningStore } from '../learning/learning-store';
import type { KeywordDecisionsTable, KeywordPairsTable } from './database';
import type { SqlContext } from './sql-context';
import { fromMs, oneOf, toMs } from './values';

const pairOf = (r: Selectable<KeywordPairsTable>): KeywordPair => ({
  searchId: r.search_id,
  at: fromMs(r.at),
  userId: r.user_id,
  words: r.words,
  guideId: r.guide_id,
  use: oneOf(guideUses, r.use, 'keyword_pairs.use'),
});

const decisionOf = (r: Selectable<KeywordDecisionsTable>): KeywordDecision => ({
  id: r.id,
  words: r.words,
  guideId: r.guide_id,
  decision: oneOf(keywordDecisions, r.decision, 'keyword_decisions.decision'),
  by: { id: r.by_id, name: r.by_name },
  at: fromMs(r.at),
});

/**
 * Sorts as the decisions were made: the newest has the largest key, also when two fall in the
 * same millisecond (a fixed clock, a quick accept-then-remove): never below the last key.
 */
const decisionKey = (at: Date, last: string | undefined) => {
  const ms = Math.max(toMs(at), last ? Number(last.slice(0, 15)) + 1 : 0);
  return `${String(ms).padStart(15, '0')}-${randomBytes(6).toString('hex')}`;
};

export function learningRepository(ctx: SqlContext): LearningStore {
  return {
    recordSearch: (s) =>
      ctx.write(async (trx) => {
        await trx
          .insertInto('recent_searches')
          .values({
            id: s.id,
            at: toMs(s.at),
            user_id: s.userId,
            chat: s.chat,
            words: s.words,
            shown: s.shown.join(','),
            closed: 0,
          })
          .execute();
      }),

    async openSearches(userId, chat, since) {
      const rows = await ctx.db
        .selectFrom('recent_searches')
        .selectAll()
        .where('user_id', '=', userId)
        .where('chat', '=', chat)
        .where('at', '>=', toMs(since))
        .where('closed', '=', 0)
        .orderBy('at')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        at: fromMs(r.at),
        userId: r.user_id,
        chat: r.chat,
        words: r.words,
        shown: r.shown === '' ? [] : r.shown.split(','),
      }));
    },

    recordUse: (pairs, closes) =>
      ctx.write(async (trx) => {
        if (pairs.length > 0) {
          await trx
            .insertInto('keyword_pairs')
            .values(
              pairs.map((p) => ({
                search_id: p.searchId,
                at: toMs(p.at),
                user_id: p.userId,
                words: p.words,
                guide_id: p.guideId,
                use: p.use,
              })),
            )
            .onConflict((oc) => oc.column('search_id').doNothing())
            .execute();
        }
        await trx
          .updateTable('recent_searches')
          .set({ closed: 1 })
          .where('user_id', '=', closes.userId)
          .where('chat', '=', closes.chat)
          .where('at', '<=', toMs(closes.upTo))
          .execute();
      }),

    async pairs() {
      const rows = await ctx.db.selectFrom('keyword_pairs').selectAll().orderBy('at').execute();
      return rows.map(pairOf);
    },

    recordDecision: (d) =>
      ctx.write(async (trx) => {
        const last = await trx
          .selectFrom('keyword_decisions')
          .select((eb) => eb.fn.max('decision_id').as('key'))
          .executeTakeFirst();
        await trx
          .insertInto('keyword_decisions')
          .values({
            decision_id: decisionKey(d.at, last?.key ?? undefined),
            id: d.id,
            words: d.words,
            guide_id: d.guideId,
            decision: d.decision,
            by_id: d.by.id,
            by_name: d.by.name,
            at: toMs(d.at),
          })
          .execute();
      }),

    async decisions() {
      const rows = await ctx.db.selectFrom('keyword_decisions').selectAll().orderBy('decision_id').execute();
      return rows.map(decisionOf);
    },

    async decisionsVersion() {
      const row = await ctx.db
        .selectFrom('keyword_decisions')
        .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('decision_id').as('last')])
        .executeTakeFirstOrThrow();
      return `${Number(row.n)}:${row.last ?? ''}`;
    },

    async forgetSearches(before) {
      const forgotten = await ctx.run((db) =>
        db.deleteFrom('recent_searches').where('at', '<', toMs(before)).executeTakeFirst(),
      );
      return Number(forgotten.numDeletedRows);
    },

    async erasePairs(before) {
      const erased = await ctx.run((db) =>
        db.deleteFrom('keyword_pairs').where('at', '<', toMs(before)).executeTakeFirst(),
      );
      return Number(erased.numDeletedRows);
    },
  };
}
