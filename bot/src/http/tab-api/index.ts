import type { Server } from 'restify';
import { copenhagenDate } from '../../centers/copenhagen-time';
import { viewCallbackDetail } from '../../statistics/callback-detail';
import { exportCallbacks } from '../../statistics/export-callbacks';
import { knowledgeGaps } from '../../statistics/knowledge-gaps';
import { listCallbacks } from '../../statistics/list-callbacks';
import { computeOverview } from '../../statistics/overview';
import { searchAccessLog } from '../../statistics/search-access-log';
import { listUndelivered } from '../../statistics/undelivered';
import { isCoordinator } from '../../statistics/viewer-scope';
import { waveReadiness } from '../../statistics/wave-readiness';
import { callbacksCsv } from './callback-csv';
import {
  accessLogParams,
  callbackCsvParams,
  callbackListParams,
  gapsParams,
  overviewParams,
  parseQuery,
  periodFrom,
} from './query-params';
import type { TabApiDeps } from './tab-api-deps';
import { tabRoute } from './tab-route';

export type { TabApiDeps } from './tab-api-deps';

/**
 * The coordinator tab's API (docs: tab API contract), on the bot's own server. Every route
 * checks the Teams SSO token; what a user sees follows their role (coordinator: every center,
 * center staff: their own).
 */
export function registerTabApi(server: Server, deps: TabApiDeps): void {
  if (deps.mode === 'local') {
    deps.logger.warn('tab_api.local_mode', {
      message:
        'No TAB_CLIENT_ID: the coordinator tab (/tab) answers every request as the development user, without login.',
    });
  }
  const route = (path: string, handler: Parameters<typeof tabRoute>[2]) =>
    server.get(path, tabRoute(deps, path, handler));

  route('/api/tab/me', async ({ user }) => ({
    json: {
      user: { id: user.id, name: user.name },
      role: isCoordinator(user) ? 'coordinator' : 'center-staff',
      centerCodes: isCoordinator(user)
        ? deps.centers().map((c) => c.code)
        : user.centerCodes.filter((code) => deps.centers().some((c) => c.code === code)),
      mode: deps.mode,
    },
  }));

  route('/api/tab/overview', async ({ req, viewer }) => {
    const params = parseQuery(overviewParams, req.url);
    const period = periodFrom(params, deps.now());
    return {
      json: await computeOverview(deps, viewer, {
        period,
        bucket: params.bucket,
        centerCodes: params.center,
      }),
    };
  });

  route('/api/tab/waves', async ({ viewer }) => ({ json: await waveReadiness(deps, viewer) }));

  route('/api/tab/gaps', async ({ req, viewer }) => {
    const params = parseQuery(gapsParams, req.url);
    return { json: await knowledgeGaps(deps, viewer, { period: periodFrom(params, deps.now()) }) };
  });

  route('/api/tab/callbacks', async ({ req, viewer }) => {
    const p = parseQuery(callbackListParams, req.url);
    return { json: await listCallbacks(deps, viewer, { ...queryOf(p), limit: p.limit, offset: p.offset }) };
  });

  route('/api/tab/callbacks.csv', async ({ req, viewer }) => {
    const p = parseQuery(callbackCsvParams, req.url);
    const personal = p.personal ?? false;
    const exported = await exportCallbacks(deps, viewer, queryOf(p), personal);
    const now = deps.now();
    return {
      csv: callbacksCsv(exported.callbacks, exported.personal, now),
      filename: `tilbagekald-${copenhagenDate(now)}.csv`,
      headers: { 'X-Export-Truncated': String(exported.truncated) },
    };
  });

  route('/api/tab/callbacks/:id', async ({ req, viewer }) => ({
    json: await viewCallbackDetail(deps, viewer, String(req.params.id ?? '')),
  }));

  route('/api/tab/undelivered', async ({ viewer }) => ({ json: await listUndelivered(deps, viewer) }));

  route('/api/tab/access-log', async ({ req, viewer }) => {
    const { phone } = parseQuery(accessLogParams, req.url);
    return { json: await searchAccessLog(deps, viewer, phone) };
  });
}

type ListParams = ReturnType<typeof callbackListParams.parse>;
const queryOf = (p: Omit<ListParams, 'limit' | 'offset'>) => ({
  centerCodes: p.center,
  statuses: p.status,
  overdue: p.overdue,
  from: p.from,
  to: p.to,
  text: p.q,
});
