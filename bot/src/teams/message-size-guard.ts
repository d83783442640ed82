import type { Activity, Middleware, TurnContext } from 'botbuilder';
import { maxMessageBytes, messageBytes } from '../cards/message-size';
import type { Logger } from '../shared/logger';
import { guideMessages as m } from '../texts/guides';

/**
 * Measures every message a turn sends, as it leaves (ids and conversation applied), and sends a
 * short explanation instead of one Teams would refuse with 413 (decision 0045). Cards are built to
 * fit; this catches what no cap foresaw, so the agent is told rather than left without an answer.
 */
export const messageSizeGuard = (logger: Logger): Middleware => ({
  async onTurn(context: TurnContext, next: () => Promise<void>) {
    context.onSendActivities(async (_context, activities, send) => {
      activities.forEach((activity, i) => {
        // Messages only: an invoke's answer travels in the HTTP response, not as a message.
        if ((activity.type ?? 'message') !== 'message') return;
        const bytes = messageBytes(activity);
        if (bytes <= maxMessageBytes) return;
        logger.error('teams.message_too_large', { bytes, limit: maxMessageBytes, type: activity.type });
        activities[i] = withoutAttachments(activity);
      });
      return send();
    });
    await next();
  },
});

function withoutAttachments(activity: Partial<Activity>): Partial<Activity> {
  const { attachments: _dropped, ...rest } = activity;
  return { ...rest, text: m.tooLarge };
}
