import type { StatsStore } from '../../coordinator/stats-store';
import type { SqlContext } from '../sql-context';
import { findCallbacks } from './callback-search';
import { countsPerDay, countsPerGuide, currentLoad, unansweredSearches } from './counts';
import { durations, saveDurations, unmeasuredCallbacks } from './durations';
import { rollUp } from './rollup';
import { withStatsColumns } from './tables';

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
  };
}
