import type { CallbackDeps } from './callback-deps';
import { enqueueEscalation, enqueueReminder } from './outbox-drafts';

/**
 * Finds callbacks nobody has claimed shortly before their deadline (a reminder in their thread)
 * and callbacks past their deadline (an escalation to the coordinators). Each happens once per
 * callback because the outbox refuses a second entry with the same dedupe key, also when several
 * instances run this at the same moment.
 */
export async function watchDeadlines(
  deps: CallbackDeps,
  reminderLeadMs: number,
): Promise<{ reminded: number; escalated: number }> {
  const now = deps.now();
  let reminded = 0;
  let escalated = 0;
  const soon = await deps.store.callbacks.listCallbacks({
    statuses: ['open'],
    overdueAt: new Date(now.getTime() + reminderLeadMs),
    limit: 500,
  });
  for (const callback of soon) {
    if (
      callback.deadline.getTime() > now.getTime() &&
      (await deps.store.outbox.enqueue(enqueueReminder(callback, now)))
    ) {
      reminded++;
    }
  }
  const overdue = await deps.store.callbacks.listCallbacks({
    statuses: ['open', 'claimed'],
    overdueAt: now,
    limit: 500,
  });
  for (const callback of overdue) {
    if (await deps.store.outbox.enqueue(enqueueEscalation(callback, now))) escalated++;
  }
  if (reminded + escalated > 0) {
    deps.logger.info('callback.deadlines_watched', { reminded, escalated });
    deps.outboxChanged();
  }
  return { reminded, escalated };
}
