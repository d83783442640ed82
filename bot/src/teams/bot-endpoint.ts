import type { CloudAdapter } from 'botbuilder';
import type { Request, Response } from 'restify';
import { httpMessages } from '../http/http-messages';
import type { Logger } from '../shared/logger';
import { incomingActivity } from './incoming-activity';
import type { KontaktcenterBot } from './kontaktcenter-bot';

/** POST /api/messages: checks the activity's shape, then lets botbuilder authenticate and run it. */
export function botEndpoint(adapter: CloudAdapter, bot: KontaktcenterBot, logger: Logger) {
  return async (req: Request, res: Response): Promise<void> => {
    const parsed = incomingActivity.safeParse(req.body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      logger.warn('http.activity_invalid', { path: issue?.path.join('.'), reason: issue?.message });
      res.status(400);
      res.json({ error: { code: 'PAYLOAD_INVALID', message: httpMessages.activityInvalid } });
      return;
    }
    try {
      await adapter.process(req, res, (context) => bot.run(context));
    } catch (error) {
      logger.error('http.activity_failed', { error });
      if (!res.headersSent) {
        res.status(500);
        res.json({ error: { code: 'INTERNAL', message: httpMessages.internal } });
      }
    }
  };
}
