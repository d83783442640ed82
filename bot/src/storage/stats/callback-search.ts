import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Callback } from '../../callbacks/callback';
import type { TabCallbackFilter } from '../../coordinator/stats-store';
import { callbackCount, callbackPage, statusAndPeriod } from '../callback-query';
import type { Database } from '../database';
import type { Db } from '../sql-context';
import { containsPattern, noRows } from '../values';

/** An export may page through this many rows at a time. */
const maxLimit = 5_000;

/**
 * The coordinator tab's callback list. Unlike the bot's own listing, the text filter looks at
 * the reference and topic only: matching on a citizen's name or phone would reveal personal
 * data through a list that is shown without it. The citizen filter does exactly that, so the use
 * case allows it to coordinators only and logs what it finds.
 */
function matching(filter: TabCallbackFilter) {
  return (eb: ExpressionBuilder<Database, 'callbacks'>) => {
    const all: Expression<SqlBool>[] = [
      filter.centerCodes.length ? eb('center_code', 'in', [...filter.centerCodes]) : noRows,
    ];
    all.push(...statusAndPeriod(eb, filter));
    const text = filter.text?.trim();
    if (text) {
      // Explicit ESCAPE: PostgreSQL defaults to backslash, SQLite has no escape character at all.
      all.push(sql<SqlBool>`${eb.ref('search_public')} like ${containsPattern(text)} escape '\\'`);
    }
    const citizen = filter.citizenText?.trim();
    if (citizen) {
      all.push(sql<SqlBool>`${eb.ref('search_private')} like ${containsPattern(citizen)} escape '\\'`);
    }
    return eb.and(all);
  };
}

export async function findCallbacks(
  db: Db,
  filter: TabCallbackFilter,
): Promise<{ total: number; items: Callback[] }> {
  const where = matching(filter);
  const [items, total] = await Promise.all([
    callbackPage(db, where, {
      limit: Math.min(Math.max(Math.trunc(filter.limit), 1), maxLimit),
      offset: Math.max(Math.trunc(filter.offset), 0),
    }),
    callbackCount(db, where),
  ]);
  return { total, items };
}
