import { dedupeKeys, outboxMessage } from '../outbox/outbox-messages';
import type { Callback } from './callback';

/**
 * What must reach Teams after a change, enqueued as outbox messages (outbox/outbox-messages.ts);
 * the deliveries in teams/deliveries send them. Dedupe keys make each one happen at most once,
 * however often a use case is retried or however many instances run.
 */
const about = (c: Pick<Callback, 'id'>, dedupeKey: string, now: Date) => ({
  dedupeKey,
  callbackId: c.id,
  nextAttemptAt: now,
});

export const enqueueCallbackPost = (c: Pick<Callback, 'id'>, now: Date) =>
  outboxMessage('post_callback', { callbackId: c.id }, about(c, dedupeKeys.callbackPost(c.id), now));

/** The card of every post of the callback is redrawn from storage when delivered. */
export const enqueueCardUpdate = (c: Pick<Callback, 'id' | 'version'>, now: Date) =>
  outboxMessage(
    'update_card',
    { callbackId: c.id, version: c.version },
    about(c, dedupeKeys.cardUpdate(c.id, c.version), now),
  );

export const enqueueAgentNotice = (c: Pick<Callback, 'id' | 'version'>, now: Date) =>
  outboxMessage(
    'notify_agent',
    { callbackId: c.id, version: c.version },
    about(c, dedupeKeys.agentNotice(c.id, c.version), now),
  );

export const enqueueReminder = (c: Pick<Callback, 'id'>, now: Date) =>
  outboxMessage('reminder', { callbackId: c.id }, about(c, dedupeKeys.reminder(c.id), now));

export const enqueueEscalation = (c: Pick<Callback, 'id'>, now: Date) =>
  outboxMessage('escalation', { callbackId: c.id }, about(c, dedupeKeys.escalation(c.id), now));
