import type { Callback, CallbackStatus } from '../callbacks/callback';
import type { TabCallbackFilter } from './stats-store';
import { itemOf, type CallbackItem } from './callback-views';
import type { StatsDeps, Viewer } from './stats-deps';
import { citizenSearchText, logCitizenSearch } from './citizen-search';
import { centersInScope } from './viewer-scope';

/** The tab's filters; the CSV export takes the same. */
export interface CallbackQuery {
  centerCodes?: readonly string[];
  statuses?: readonly CallbackStatus[];
  overdue?: boolean;
  /** Booked at or after. */
  from?: Date;
  /** Booked before. */
  to?: Date;
  /** Part of the reference or topic. */
  text?: string;
  /** Part of the citizen's name, phone or description: coordinators only, and logged. */
  citizen?: string;
  limit?: number;
  offset?: number;
}

const defaultPageSize = 50;
const maxPageSize = 500;

/** The store's filter for what the viewer asked and may see. */
export function filterFor(deps: StatsDeps, viewer: Viewer, query: CallbackQuery): TabCallbackFilter {
  const citizenText = citizenSearchText(viewer, query.citizen);
  return {
    centerCodes: centersInScope(viewer, deps.centers(), query.centerCodes).map((c) => c.code),
    ...(query.statuses?.length ? { statuses: query.statuses } : {}),
    ...(query.overdue ? { overdueAt: deps.now() } : {}),
    ...(query.from ? { from: query.from } : {}),
    ...(query.to ? { to: query.to } : {}),
    ...(query.text?.trim() ? { text: query.text.trim() } : {}),
    ...(citizenText ? { citizenText } : {}),
    limit: Math.min(query.limit ?? defaultPageSize, maxPageSize),
    offset: query.offset ?? 0,
  };
}

/** A page of callbacks, newest booking first, without personal data. */
export async function listCallbacks(
  deps: StatsDeps,
  viewer: Viewer,
  query: CallbackQuery,
): Promise<{ total: number; items: CallbackItem[] }> {
  const filter = filterFor(deps, viewer, query);
  const { total, items } = await deps.stats.findCallbacks(filter);
  if (filter.citizenText) await logCitizenSearch(deps, viewer, items);
  const now = deps.now();
  return { total, items: items.map((c: Callback) => itemOf(c, now)) };
}
