import { z } from 'zod';
import type { DeliveryContext, DeliveryResult } from './delivery';
import type { OutboxDraft, OutboxEntry } from './outbox-store';

/**
 * The catalogue of outbox messages: every kind, the payload it carries and its dedupe key, in one
 * place. Payloads hold ids and references only: the outbox outlives the retention of citizens'
 * data. The schemas accept every payload ever stored (the version of a callback reference was
 * added later and stays optional), so entries written by earlier releases keep working.
 */
const callbackRef = z.object({ callbackId: z.string().min(1), version: z.number().int().optional() });

const bindingNoticeTargets = ['previous', 'coordinators'] as const;
const undeliverableReasons = ['removed', 'channel_gone', 'refused'] as const;

export const outboxPayloads = {
  post_callback: callbackRef,
  update_card: callbackRef,
  notify_agent: callbackRef,
  reminder: callbackRef,
  escalation: callbackRef,
  binding_notice: z.object({ changeId: z.string().min(1), to: z.enum(bindingNoticeTargets) }),
  undeliverable_notice: z.object({ centerCode: z.string().min(1), reason: z.enum(undeliverableReasons) }),
} as const;

export type OutboxKind = keyof typeof outboxPayloads;
export type OutboxPayload<K extends OutboxKind> = z.infer<(typeof outboxPayloads)[K]>;
export type BindingNoticeTarget = (typeof bindingNoticeTargets)[number];
export type UndeliverableReason = (typeof undeliverableReasons)[number];

export const outboxKinds = Object.keys(outboxPayloads) as OutboxKind[];

/**
 * Every dedupe key: enqueueing an existing key is a no-op, so a retried use case never sends
 * twice, and a delivery can find the entry another one wrote (an update waits for the post).
 */
export const dedupeKeys = {
  callbackPost: (callbackId: string) => `post:${callbackId}`,
  cardUpdate: (callbackId: string, version: number) => `update:${callbackId}:${version}`,
  agentNotice: (callbackId: string, version: number) => `notify:${callbackId}:${version}`,
  /** Once per callback: the reminder and the escalation are each a stage that happens one time. */
  reminder: (callbackId: string) => `reminder:${callbackId}`,
  escalation: (callbackId: string) => `escalation:${callbackId}`,
  bindingNotice: (changeId: string, to: BindingNoticeTarget) => `binding:${changeId}:${to}`,
  /** Once per center, reason and binding of its channel (decision 0034). */
  undeliverableNotice: (centerCode: string, boundAtMs: number, reason: UndeliverableReason) =>
    `undeliverable:${centerCode}:${boundAtMs}:${reason}`,
} as const;

/** An outbox entry to write: the payload is checked against its kind when compiled. */
export function outboxMessage<K extends OutboxKind>(
  kind: K,
  payload: OutboxPayload<K>,
  entry: { dedupeKey: string; callbackId: string | null; nextAttemptAt: Date },
): OutboxDraft {
  return { kind, payload, ...entry };
}

/** Delivers one kind, given its payload already checked against the catalogue. */
export type DeliverMessage<K extends OutboxKind> = (
  entry: OutboxEntry,
  payload: OutboxPayload<K>,
  context: DeliveryContext,
) => Promise<DeliveryResult>;

/** A delivery for every kind: a kind added to the catalogue without one does not compile. */
export type MessageDeliveries = { [K in OutboxKind]: DeliverMessage<K> };

/** Thrown for a stored payload its kind's schema refuses: no retry can fix it (retry-policy.ts). */
class InvalidPayloadError extends Error {
  readonly code = 'PAYLOAD_INVALID';
  constructor(kind: string, reason: string) {
    super(`outbox payload of kind "${kind}" is invalid: ${reason}`);
    this.name = 'InvalidPayloadError';
  }
}

/** The dispatcher's table: each delivery behind its kind's payload check. */
export function checkedDeliveries(deliveries: MessageDeliveries) {
  const table: Record<string, (entry: OutboxEntry, context: DeliveryContext) => Promise<DeliveryResult>> = {};
  for (const kind of outboxKinds) {
    const deliver = deliveries[kind] as DeliverMessage<typeof kind>;
    table[kind] = (entry, context) => {
      const parsed = outboxPayloads[kind].safeParse(entry.payload);
      if (!parsed.success) throw new InvalidPayloadError(kind, parsed.error.issues[0]?.message ?? 'invalid');
      return deliver(entry, parsed.data as never, context);
    };
  }
  return table;
}
