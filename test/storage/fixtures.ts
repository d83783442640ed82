import { randomUUID } from 'node:crypto';
import type { Callback, Person } from '../../bot/src/callbacks/callback';
import type { CallbackEvent } from '../../bot/src/callbacks/callback-action';
import type { NewCallback } from '../../bot/src/callbacks/callback-store';
import type { OutboxDraft } from '../../bot/src/outbox/outbox-store';

export const agent: Person = { id: 'aad-agent-1', name: 'Agnete Agent' };
export const staff: Person = { id: 'aad-staff-1', name: 'Søren Sagsbehandler' };
export const otherStaff: Person = { id: 'aad-staff-2', name: 'Birthe Bentsen' };

export const at = (iso: string): Date => new Date(iso);
export const minutes = (n: number): number => n * 60_000;
export const later = (date: Date, ms: number): Date => new Date(date.getTime() + ms);

export function newCallback(overrides: Partial<NewCallback> = {}): NewCallback {
  return {
    centerCode: 'CSO',
    topic: 'Hjemmehjælp',
    guideId: 'hjemmehjaelp-visitation',
    citizen: { name: 'Jens Hansen', phone: '12345678', description: 'Vil høre om visitation' },
    timeWindow: 'i dag 10-12',
    urgency: 'normal',
    bookedBy: agent,
    bookedAt: at('2026-09-01T08:00:00.000Z'),
    deadline: at('2026-09-03T08:00:00.000Z'),
    idempotencyKey: randomUUID(),
    ...overrides,
  };
}

export function draft(
  dedupeKey: string,
  nextAttemptAt: Date,
  overrides: Partial<OutboxDraft> = {},
): OutboxDraft {
  return { kind: 'post_callback', payload: { dedupeKey }, dedupeKey, nextAttemptAt, ...overrides };
}

/** The post of a new callback's card, keyed so that a booking is only ever posted once. */
export const postCard = (callback: Callback): OutboxDraft =>
  draft(`post_callback:${callback.id}`, callback.bookedAt, { payload: { callbackId: callback.id } });

/** A claim as the lifecycle rules would decide it. */
export function claim(
  callback: Callback,
  by: Person,
  now: Date,
): { updated: Callback; event: CallbackEvent } {
  return {
    updated: { ...callback, status: 'claimed', holder: by, claimedAt: now, version: callback.version + 1 },
    event: {
      callbackId: callback.id,
      at: now,
      actor: by,
      action: 'claim',
      fromStatus: callback.status,
      toStatus: 'claimed',
      details: {},
    },
  };
}

/** A close by the holder. */
export function close(callback: Callback, now: Date): { updated: Callback; event: CallbackEvent } {
  return {
    updated: {
      ...callback,
      status: 'closed',
      outcome: 'resolved',
      closedAt: now,
      version: callback.version + 1,
    },
    event: {
      callbackId: callback.id,
      at: now,
      actor: callback.holder ?? staff,
      action: 'close',
      fromStatus: callback.status,
      toStatus: 'closed',
      details: { outcome: 'resolved' },
    },
  };
}
