import { copenhagenDate } from '../../centers/copenhagen-time';
import { exportCallbacks } from '../../coordinator/export-callbacks';
import type { Viewer } from '../../coordinator/stats-deps';
import { callbacksCsv } from './callback-csv';
import { callbackCsvParams, parseQuery } from './query-params';
import type { TabApiDeps } from './tab-api-deps';
import type { CsvReply } from './tab-route';

/** The filtered callback list as CSV, for the tab's own download and for a download link. */
export async function callbacksCsvReply(
  deps: TabApiDeps,
  viewer: Viewer,
  url: string | undefined,
): Promise<CsvReply> {
  const p = parseQuery(callbackCsvParams, url);
  const exported = await exportCallbacks(deps, viewer, callbackQueryOf(p), p.personal ?? false);
  const now = deps.now();
  return {
    csv: callbacksCsv(exported.callbacks, exported.personal, now),
    filename: `tilbagekald-${copenhagenDate(now)}.csv`,
    headers: { 'X-Export-Truncated': String(exported.truncated) },
  };
}

type CsvParams = ReturnType<typeof callbackCsvParams.parse>;
/** The list's and the export's filter, from their query parameters. */
export const callbackQueryOf = (p: Omit<CsvParams, 'personal'>) => ({
  centerCodes: p.center,
  statuses: p.status,
  overdue: p.overdue,
  from: p.from,
  to: p.to,
  text: p.q,
  citizen: p.citizen,
});
