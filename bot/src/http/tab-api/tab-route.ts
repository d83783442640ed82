import type { Request, Response } from 'restify';
import { isAppError } from '../../shared/errors';
import type { Viewer } from '../../coordinator/stats-deps';
import type { TabUser } from '../auth';
import type { TabApiDeps } from './tab-api-deps';
import { errorResponse } from './tab-errors';

export type CsvReply = { csv: string; filename: string; headers?: Record<string, string> };
type TabReply = { json: unknown } | CsvReply;
export type TabHandler = (request: { req: Request; user: TabUser; viewer: Viewer }) => Promise<TabReply>;

/** Answers may carry personal data: no browser or proxy may keep a copy. */
const noStore = { 'Cache-Control': 'no-store' };

/**
 * Every tab route: verify the caller (Teams SSO token, or the development user in local mode),
 * run the handler, answer JSON or CSV; any failure becomes `{ error: { code, message } }` with a
 * Danish message, and the precise reason goes to the log.
 */
export function tabRoute(deps: TabApiDeps, route: string, handler: TabHandler) {
  return async (req: Request, res: Response): Promise<void> => {
    let userId: string | undefined;
    try {
      const user = await deps.authenticate(req.headers);
      userId = user.id;
      const viewer: Viewer = {
        id: user.id,
        name: user.name,
        roles: user.roles,
        centerCodes: user.centerCodes,
      };
      const reply = await handler({ req, user, viewer });
      if ('csv' in reply) {
        sendCsv(res, reply);
      } else {
        res.json(200, reply.json, noStore);
      }
    } catch (error) {
      const answer = errorResponse(error);
      if (answer.status >= 500) {
        deps.logger.error('tab_api.failed', { route, userId, error });
      } else if (userId) {
        deps.logger.info('tab_api.refused', {
          route,
          userId,
          code: answer.body.error.code,
          reason: isAppError(error) ? error.message : String(error),
        });
      }
      res.json(answer.status, answer.body, { ...noStore, ...answer.headers });
    }
  };
}

/** A CSV file as an attachment, never stored by a browser or proxy. */
export function sendCsv(res: Response, reply: CsvReply, headers: Record<string, string> = {}): void {
  res.writeHead(200, {
    ...noStore,
    ...headers,
    ...reply.headers,
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${reply.filename}"`,
  });
  res.end(reply.csv);
}
