import type { Activity } from 'botbuilder';
import type { Request, Response } from 'restify';
import { httpMessages } from '../http/http-messages';
import { isAppError } from '../shared/errors';
import type { Logger } from '../shared/logger';
import type { AuthenticateActivity } from './channel-authentication';
import type { KontaktcenterAdapter } from './create-adapter';
import { incomingActivity } from './incoming-activity';
import type { KontaktcenterBot } from './kontaktcenter-bot';

/** Seconds Teams is asked to wait before it retries while the token service cannot be reached. */
const retryAfterSeconds = 5;

/**
 * POST /api/messages: checks the activity's shape, authenticates its sender (bounded in time),
 * then runs the turn and answers with its invoke response. Every refusal is a plain JSON answer
 * with a stable code; the precise cause goes to the JSON log.
 */
export function botEndpoint(
  adapter: KontaktcenterAdapter,
  authenticate: AuthenticateActivity,
  bot: KontaktcenterBot,
  logger: Logger,
) {
  const refuse = (res: Response, status: number, code: string, message: string) => {
    res.status(status);
    res.json({ error: { code, message } });
  };
  return async (req: Request, res: Response): Promise<void> => {
    const parsed = incomingActivity.safeParse(req.body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      logger.warn('http.activity_invalid', { path: issue?.path.join('.'), reason: issue?.message });
      return refuse(res, 400, 'PAYLOAD_INVALID', httpMessages.activityInvalid);
    }
    const activity = withDates(parsed.data as unknown as Activity);
    let auth;
    try {
      auth = await authenticate(activity, req.header('authorization'));
    } catch (error) {
      const reason = isAppError(error) ? error.message : String(error);
      const where = { activityType: activity.type, channelId: activity.channelId, reason };
      if (isAppError(error, 'NOT_AUTHENTICATED')) {
        logger.warn('teams.auth_refused', where);
        res.header('WWW-Authenticate', 'Bearer');
        return refuse(res, 401, 'NOT_AUTHENTICATED', httpMessages.notAuthenticated);
      }
      logger.error('teams.auth_unavailable', where);
      res.header('Retry-After', String(retryAfterSeconds));
      return refuse(res, 503, 'AUTH_UNAVAILABLE', httpMessages.authUnavailable);
    }
    try {
      const answer = await adapter.runAuthenticated(auth, activity, (context) => bot.run(context));
      res.status(answer?.status ?? 200);
      if (answer?.body !== undefined) res.json(answer.body);
      else res.end();
    } catch (error) {
      logger.error('http.activity_failed', { error });
      if (!res.headersSent) refuse(res, 500, 'INTERNAL', httpMessages.internal);
    }
  };
}

/** As botbuilder's own request handling does: the protocol's timestamps become Dates. */
function withDates(activity: Activity): Activity {
  const raw = activity as unknown as Record<string, unknown>;
  for (const [field, rawField] of [
    ['timestamp', 'rawTimestamp'],
    ['localTimestamp', 'rawLocalTimestamp'],
    ['expiration', 'rawExpiration'],
  ] as const) {
    const value = raw[field];
    if (typeof value === 'string') {
      raw[rawField] = value;
      raw[field] = new Date(value);
    }
  }
  return activity;
}
