import { randomUUID } from 'node:crypto';
import type { StatsStore } from '../shared/stats-store';
import type { SqlContext } from './sql-context';
import { findCallbacks } from './stats-callback-search';
import { countsPerDay, countsPerGuide, currentLoad, unansweredSearches } from './stats-counts';
import { durations, saveDurations, unmeasuredCallbacks } from './stats-durations';
import { rollUp } from './stats-rollup';
import { withStatsColumns } from './stats-tables';
import { toJson, toMs } from './values';

/** Rows per insert, far below both databases' limits on bound parameters. */
const chunk = 500;

/** The coordinator tab's statistics and lists, for SQLite and PostgreSQL alike. */
export function statsRepository(ctx: SqlContext): StatsStore {
  const db = withStatsColumns(ctx.db);
  return {
    rollUp: (localDateOf) => rollUp(ctx, localDateOf),
    countsPerDay: (range, codes) => countsPerDay(db, range, codes),
    countsPerGuide: (range, codes) => countsPerGuide(db, range, codes),
    durations: (range, codes) => durations(db, range, codes),
    currentLoad: (now, codes) => currentLoad(db, now, codes),
    unansweredSearches: (period, rule) => unansweredSearches(db, period, rule),
    unmeasuredCallbacks: (limit) => unmeasuredCallbacks(db, ctx.dialect, limit),
    saveDurations: (measured) => saveDurations(ctx, measured),
    findCallbacks: (filter) => findCallbacks(ctx.db, filter),

    async logAccesses(entries) {
      if (entries.length === 0) return;
      const rows = entries.map((e) => ({
        id: randomUUID(),
        at: toMs(e.at),
        user_id: e.user.id,
        user_name: e.user.name,
        action: e.action,
        callback_id: e.callbackId,
        citizen_key: e.citizenKey,
        details: e.details ? toJson(e.details) : null,
      }));
      await ctx.write(async (trx) => {
        for (let i = 0; i < rows.length; i += chunk) {
          await trx
            .insertInto('access_log')
            .values(rows.slice(i, i + chunk))
            .execute();
        }
      });
    },
  };
}
