import { createHash, randomBytes } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import { downloadLinkLifetimeMs, downloadRefusal, type DownloadRefusal } from '../../downloads/download-link';
import { AppError } from '../../shared/errors';
import type { Viewer } from '../../coordinator/stats-deps';
import { isCoordinator } from '../../coordinator/viewer-scope';
import { authFailureResponse } from '../auth';
import { callbacksCsvReply } from './callbacks-csv-reply';
import { callbackCsvParams, parseQuery } from './query-params';
import type { TabApiDeps } from './tab-api-deps';
import { errorResponse } from './tab-errors';
import { tabMessages } from './tab-messages';
import { sendCsv, type TabHandler } from './tab-route';

type DownloadLinkDeps = TabApiDeps;

export const downloadPath = '/api/tab/downloads/';
/** 32 random bytes, base64url: 43 characters. */
const tokenPattern = /^[A-Za-z0-9_-]{43}$/;
const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * `POST /api/tab/callbacks.csv/link?<the export's query>`: a link to the CSV export for the
 * signed-in user (decision 0051). The query is checked now, so a mistake shows in the tab and
 * not in the browser Teams opens.
 */
function issueCallbacksCsvLink(deps: DownloadLinkDeps): TabHandler {
  return async ({ req, viewer }) => {
    const params = parseQuery(callbackCsvParams, req.url);
    if (params.personal && !isCoordinator(viewer)) {
      throw new AppError('FORBIDDEN', `user ${viewer.id} may not export personal data`, {
        reason: 'personal_export',
      });
    }
    const token = randomBytes(32).toString('base64url');
    const createdAt = deps.now();
    const expiresAt = new Date(createdAt.getTime() + downloadLinkLifetimeMs);
    const stored: Viewer = {
      id: viewer.id,
      name: viewer.name,
      roles: viewer.roles,
      centerCodes: viewer.centerCodes,
    };
    await deps.downloadLinks.saveDownloadLink(hashOf(token), {
      viewer: stored,
      what: 'callbacks_csv',
      query: new URL(req.url ?? '/', 'http://tab.local').search,
      createdAt,
      expiresAt,
    });
    deps.logger.info('tab_api.download_link_issued', {
      userId: viewer.id,
      what: 'callbacks_csv',
      expiresAt: expiresAt.toISOString(),
    });
    return { json: { url: `${downloadPath}${token}`, expiresAt: expiresAt.toISOString() } };
  };
}

const refusalStatus: Record<DownloadRefusal, number> = {
  unknown: 404,
  other_user: 403,
  used: 410,
  expired: 410,
};

/**
 * `GET /api/tab/downloads/:token`: serves the file once, to whoever holds the link, unless the
 * fetch is signed in as somebody else. The export is access-logged now, as the person who asked.
 * Answers are for a browser window, so refusals are a short Danish page rather than JSON.
 */
function serveDownload(deps: DownloadLinkDeps) {
  return async (req: Request, res: Response): Promise<void> => {
    const token = String(req.params.token ?? '');
    let requesterId: string | null = null;
    if (deps.mode === 'local' || req.headers.authorization) {
      try {
        requesterId = (await deps.authenticate(req.headers)).id;
      } catch (error) {
        const auth = authFailureResponse(error);
        page(res, auth?.status ?? 401, auth?.body.message ?? tabMessages.failed);
        return;
      }
    }
    try {
      const now = deps.now();
      const link = tokenPattern.test(token)
        ? await deps.downloadLinks.useDownloadLink(hashOf(token), now)
        : null;
      const refusal = downloadRefusal(link, requesterId, now);
      if (refusal || !link) {
        const reason = refusal ?? 'unknown';
        deps.logger.info('tab_api.download_refused', {
          reason,
          ownerId: link?.viewer.id,
          requesterId,
        });
        page(res, refusalStatus[reason], tabMessages.downloadLink[reason]);
        return;
      }
      const reply = await callbacksCsvReply(deps, link.viewer, `/download${link.query}`);
      deps.logger.info('tab_api.download_served', { userId: link.viewer.id, what: link.what });
      sendCsv(res, reply, securityHeaders);
    } catch (error) {
      const answer = errorResponse(error);
      if (answer.status >= 500) deps.logger.error('tab_api.failed', { route: downloadPath, error });
      page(res, answer.status, answer.body.error.message);
    }
  };
}

/** Registers both routes; `action` is the tab API's JSON-only POST. */
export function registerDownloadLinks(
  server: Server,
  deps: DownloadLinkDeps,
  action: (path: string, handler: TabHandler) => void,
): void {
  action('/api/tab/callbacks.csv/link', issueCallbacksCsvLink(deps));
  server.get(`${downloadPath}:token`, serveDownload(deps));
}

/** Not cached, and the secret in the URL never leaves as a Referer. */
const securityHeaders = { 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' };

function page(res: Response, status: number, message: string): void {
  res.writeHead(status, { ...securityHeaders, 'Content-Type': 'text/html; charset=utf-8' });
  res.end(
    `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>${tabMessages.downloadLink.title}</title></head>` +
      `<body><p>${escapeHtml(message)}</p></body></html>`,
  );
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
