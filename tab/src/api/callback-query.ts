import { addDays, isDate, startOfLocalDate } from '../period';
import type { Query } from './api-client';
import type { CallbackFilters } from './contract';

/**
 * The list and the CSV export take the same parameters. Dates picked in the filter are
 * Copenhagen days, both included, so "to" becomes the start of the day after.
 */
export function callbackQuery(filters: CallbackFilters): Query {
  return {
    center: filters.center,
    status: filters.status,
    overdue: filters.overdue ? 'true' : undefined,
    from: isDate(filters.fromDate) ? startOfLocalDate(filters.fromDate).toISOString() : undefined,
    to: isDate(filters.toDate) ? startOfLocalDate(addDays(filters.toDate, 1)).toISOString() : undefined,
    q: filters.q.trim(),
    citizen: filters.citizen.trim(),
  };
}
