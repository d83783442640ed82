import type { Server } from 'restify';
import { listAdminChanges } from '../../coordinator/admin-changes';
import { viewCallbackDetail } from '../../coordinator/callback-detail';
import { knowledgeGaps } from '../../coordinator/knowledge-gaps';
import { listCallbacks } from '../../coordinator/list-callbacks';
import { computeOverview } from '../../coordinator/overview';
import { viewCitizenData } from '../../coordinator/citizen-data';
import { citizenRequest } from '../../coordinator/citizen-request';
import { searchAccessLog } from '../../coordinator/search-access-log';
import { listUndelivered } from '../../coordinator/undelivered';
import { isCoordinator } from '../../coordinator/viewer-scope';
import { waveReadiness } from '../../coordinator/wave-readiness';
import { AppError } from '../../shared/errors';
import type { KeywordDecisionKind } from '../../learning/keyword-learning';
import { decideKeyword, listLearnedKeywords, listSuggestions } from '../../learning/keyword-suggestions';
import { callbacksCsvReply, callbackQueryOf } from './callbacks-csv-reply';
import { registerDownloadLinks } from './download-link-routes';
import {
  adminLogParams,
  callbackListParams,
  gapsParams,
  overviewParams,
  parseBody,
  parseQuery,
  periodFrom,
  phoneParams,
} from './query-params';
import type { TabApiDeps } from './tab-api-deps';
import { tabMessages } from './tab-messages';
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
  // JSON only: a plain HTML form from another web page could otherwise post here without the
  // browser asking first, and in local mode no token stops it.
  const action = (path: string, handler: Parameters<typeof tabRoute>[2]) =>
    server.post(
      path,
      tabRoute(deps, path, async (request) => {
        if (!request.req.is('application/json')) throw jsonRequired();
        return handler(request);
      }),
    );

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
    return {
      json: await listCallbacks(deps, viewer, { ...callbackQueryOf(p), limit: p.limit, offset: p.offset }),
    };
  });

  route('/api/tab/callbacks.csv', async ({ req, viewer }) => callbacksCsvReply(deps, viewer, req.url));
  registerDownloadLinks(server, deps, action);

  route('/api/tab/callbacks/:id', async ({ req, viewer }) => ({
    json: await viewCallbackDetail(deps, viewer, String(req.params.id ?? '')),
  }));

  route('/api/tab/admin-log', async ({ req, viewer }) => ({
    json: await listAdminChanges(deps, viewer, parseQuery(adminLogParams, req.url)),
  }));
  route('/api/tab/undelivered', async ({ viewer }) => ({ json: await listUndelivered(deps, viewer) }));

  route('/api/tab/access-log', async ({ req, viewer }) => {
    const { phone } = parseQuery(phoneParams, req.url);
    return { json: await searchAccessLog(deps, viewer, phone) };
  });

  route('/api/tab/citizen-data', async ({ req, viewer }) => {
    const { phone } = parseQuery(phoneParams, req.url);
    return { json: await viewCitizenData(deps, viewer, phone) };
  });

  route('/api/tab/suggestions', async ({ viewer }) => ({
    json: {
      suggestions: (await listSuggestions(deps.keywords, viewer)).map((s) => ({
        id: s.id,
        query: s.query,
        guideId: s.guideId,
        agents: s.agents,
        times: s.times,
        pairs: s.pairs,
      })),
    },
  }));
  route('/api/tab/learned-keywords', async ({ viewer }) => ({
    json: { keywords: await listLearnedKeywords(deps.keywords, viewer) },
  }));
  // The contract's decisions need no body (`curl -X POST` will do), but a type only an HTML form
  // or a no-CORS request can send is refused, as for the other actions.
  const decision = (path: string, kind: KeywordDecisionKind) =>
    server.post(
      path,
      tabRoute(deps, path, async ({ req, viewer }) => {
        if (isFormType(req.headers['content-type'])) throw jsonRequired();
        return { json: await decideKeyword(deps.keywords, viewer, String(req.params?.id ?? ''), kind) };
      }),
    );
  decision('/api/tab/suggestions/:id/accept', 'accepted');
  decision('/api/tab/suggestions/:id/reject', 'rejected');
  decision('/api/tab/learned-keywords/:id/remove', 'removed');

  action('/api/tab/citizen-data/erase', async ({ req, viewer }) => {
    const typed = parseBody(phoneParams, req.body).phone;
    const { phone, citizenKey } = citizenRequest(deps, viewer, typed, 'citizen_data');
    const erased = await deps.eraseCitizen(phone, { id: viewer.id, name: viewer.name });
    const kept = await deps.accessLog.accessLogFor(citizenKey);
    return {
      json: {
        callbacks: erased.references.length,
        closed: erased.closed,
        references: erased.references,
        accessLogKept: kept.length,
      },
    };
  });
}

const isFormType = (type: string | undefined) =>
  type !== undefined &&
  /^(application\/x-www-form-urlencoded|multipart\/form-data|text\/plain)\b/i.test(type);

const jsonRequired = () =>
  new AppError('PAYLOAD_INVALID', 'request body is not JSON', { message: tabMessages.jsonRequired });
