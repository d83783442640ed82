import type { OutboxDraft, OutboxKind } from '../outbox/outbox-store';
import type { Callback } from './callback';

/**
 * What must reach Teams after a change, as outbox entries. Dedupe keys make each one happen at
 * most once, however often a use case is retried or however many instances run. Payloads hold
 * ids only: the outbox outlives the retention of the citizen's data.
 */
const draft = (
  kind: OutboxKind,
  dedupeKey: string,
  callback: Pick<Callback, 'id'> & { version?: number },
  now: Date,
): OutboxDraft => ({
  kind,
  callbackId: callback.id,
  payload:
    callback.version === undefined
      ? { callbackId: callback.id }
      : { callbackId: callback.id, version: callback.version },
  dedupeKey,
  nextAttemptAt: now,
});

export const postCallbackCard = (c: Pick<Callback, 'id'>, now: Date) =>
  draft('post_callback', `post:${c.id}`, c, now);

/** The card of every post of the callback is redrawn from storage when delivered. */
export const updateCallbackCard = (c: Pick<Callback, 'id' | 'version'>, now: Date) =>
  draft('update_card', `update:${c.id}:${c.version}`, c, now);

export const notifyAgentClosed = (c: Pick<Callback, 'id' | 'version'>, now: Date) =>
  draft('notify_agent', `notify:${c.id}:${c.version}`, c, now);

/** Once per callback: the reminder and the escalation are each a stage that happens one time. */
export const remindBeforeDeadline = (c: Pick<Callback, 'id'>, now: Date) =>
  draft('reminder', `reminder:${c.id}`, { id: c.id }, now);

export const escalateOverdue = (c: Pick<Callback, 'id'>, now: Date) =>
  draft('escalation', `escalation:${c.id}`, { id: c.id }, now);
