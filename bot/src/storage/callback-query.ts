import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Callback } from '../callbacks/callback';
import type { CallbackFilter } from '../callbacks/callback-store';
import { callbackFromRow } from './callback-rows';
import type { Database } from './database';
import type { Db } from './sql-context';
import { containsPattern, noRows, toMs } from './values';

const defaultLimit = 50;
const maxLimit = 500;

/** Status, overdue and booking period: the filters the bot's listing and the tab's list share. */
export function statusAndPeriod(
  eb: ExpressionBuilder<Database, 'callbacks'>,
  filter: Pick<CallbackFilter, 'statuses' | 'overdueAt' | 'from' | 'to'>,
): Expression<SqlBool>[] {
  const all: Expression<SqlBool>[] = [];
  if (filter.statuses) all.push(filter.statuses.length ? eb('status', 'in', [...filter.statuses]) : noRows);
  if (filter.overdueAt) {
    all.push(eb('status', 'in', ['open', 'claimed']), eb('deadline', '<', toMs(filter.overdueAt)));
  }
  if (filter.from) all.push(eb('booked_at', '>=', toMs(filter.from)));
  if (filter.to) all.push(eb('booked_at', '<', toMs(filter.to)));
  return all;
}

function matching(filter: Omit<CallbackFilter, 'limit' | 'offset'>) {
  return (eb: ExpressionBuilder<Database, 'callbacks'>) => {
    const all: Expression<SqlBool>[] = [];
    if (filter.centerCodes) {
      all.push(filter.centerCodes.length ? eb('center_code', 'in', [...filter.centerCodes]) : noRows);
    }
    all.push(...statusAndPeriod(eb, filter));
    if (filter.bookedById !== undefined) all.push(eb('booked_by_id', '=', filter.bookedById));
    if (filter.holderId !== undefined) all.push(eb('holder_id', '=', filter.holderId));
    const text = filter.text?.trim();
    if (text) {
      const pattern = containsPattern(text);
      // Explicit ESCAPE: PostgreSQL defaults to backslash, SQLite has no escape character at all.
      all.push(
        eb.or([
          sql<SqlBool>`${eb.ref('search_public')} like ${pattern} escape '\\'`,
          sql<SqlBool>`${eb.ref('search_private')} like ${pattern} escape '\\'`,
        ]),
      );
    }
    return eb.and(all);
  };
}

type CallbackWhere = (eb: ExpressionBuilder<Database, 'callbacks'>) => Expression<SqlBool>;

/** One page of callbacks, newest booking first (the bot's listing and the tab's list alike). */
export async function callbackPage(
  db: Db,
  where: CallbackWhere,
  page: { limit: number; offset: number },
): Promise<Callback[]> {
  const rows = await db
    .selectFrom('callbacks')
    .selectAll()
    .where(where)
    .orderBy('booked_at', 'desc')
    .orderBy('sequence', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return rows.map(callbackFromRow);
}

export async function callbackCount(db: Db, where: CallbackWhere): Promise<number> {
  const row = await db
    .selectFrom('callbacks')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(where)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export const listCallbacks = (db: Db, filter: CallbackFilter): Promise<Callback[]> =>
  callbackPage(db, matching(filter), {
    limit: Math.min(Math.max(Math.trunc(filter.limit ?? defaultLimit), 1), maxLimit),
    offset: Math.max(Math.trunc(filter.offset ?? 0), 0),
  });

export const countCallbacks = (db: Db, filter: Omit<CallbackFilter, 'limit' | 'offset'>): Promise<number> =>
  callbackCount(db, matching(filter));
