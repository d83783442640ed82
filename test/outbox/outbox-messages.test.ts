import {
  enqueueCallbackPost,
  enqueueCardUpdate,
  enqueueEscalation,
} from '../../bot/src/callbacks/outbox-drafts';
import {
  checkedDeliveries,
  dedupeKeys,
  outboxKinds,
  outboxPayloads,
  type MessageDeliveries,
  type OutboxKind,
} from '../../bot/src/outbox/outbox-messages';
import type { JsonValue } from '../../bot/src/outbox/outbox-store';
import { entryDraft, useOutbox } from './outbox-harness';

const noop = async () => undefined;
const every = (): MessageDeliveries => ({
  post_callback: noop,
  update_card: noop,
  notify_agent: noop,
  reminder: noop,
  escalation: noop,
  binding_notice: noop,
  undeliverable_notice: noop,
});

describe('the outbox message catalogue', () => {
  test('a delivery for every kind is required: leaving one out does not compile', () => {
    // @ts-expect-error -- update_card has no delivery
    const missing: MessageDeliveries = { ...every(), update_card: undefined };
    expect(missing.update_card).toBeUndefined();
    expect(Object.keys(checkedDeliveries(every())).sort()).toEqual([...outboxKinds].sort());
  });

  // What earlier releases wrote, byte for byte: each still parses, so those entries are delivered.
  test.each<[OutboxKind, JsonValue]>([
    ['post_callback', { callbackId: 'cb-1' }],
    ['post_callback', { callbackId: 'cb-1', version: 1 }],
    ['update_card', { callbackId: 'cb-1', version: 3 }],
    ['notify_agent', { callbackId: 'cb-1', version: 4 }],
    ['reminder', { callbackId: 'cb-1' }],
    ['escalation', { callbackId: 'cb-1' }],
    ['binding_notice', { changeId: 'chg-1', to: 'previous' }],
    ['undeliverable_notice', { centerCode: 'CSO', reason: 'removed' }],
  ])('a stored %s payload %j is accepted', (kind, payload) => {
    expect(outboxPayloads[kind].safeParse(payload).success).toBe(true);
  });

  test('the enqueued messages carry the keys of the one key table', () => {
    const now = new Date('2026-11-27T09:00:00Z');
    expect(enqueueCallbackPost({ id: 'cb-1' }, now)).toMatchObject({
      kind: 'post_callback',
      dedupeKey: dedupeKeys.callbackPost('cb-1'),
      payload: { callbackId: 'cb-1' },
    });
    expect(enqueueCardUpdate({ id: 'cb-1', version: 3 }, now).dedupeKey).toBe('update:cb-1:3');
    expect(enqueueEscalation({ id: 'cb-1' }, now).dedupeKey).toBe('escalation:cb-1');
  });
});

describe('delivering a stored entry through the catalogue', () => {
  const h = useOutbox();

  test('the delivery gets the payload as its kind says; an entry whose payload does not fit is given up, named', async () => {
    const seen: unknown[] = [];
    const deliver = checkedDeliveries({
      ...every(),
      update_card: async (_entry, payload) => {
        seen.push(payload);
        return { ok: true };
      },
    });
    await h.store.outbox.enqueue(
      entryDraft('update:cb-1:2', h.clock.now(), 'update_card', { callbackId: 'cb-1', version: 2 }),
    );
    await h.store.outbox.enqueue(
      entryDraft('update:broken', h.clock.now(), 'update_card', { version: 'two' }),
    );

    await h.dispatcher({ deliver }).runOnce();

    expect(seen).toEqual([{ callbackId: 'cb-1', version: 2 }]);
    expect(await h.store.outbox.byDedupeKey('update:cb-1:2')).toMatchObject({ status: 'sent' });
    expect(await h.store.outbox.byDedupeKey('update:broken')).toMatchObject({
      status: 'dead',
      lastError: expect.stringContaining('outbox payload of kind "update_card" is invalid'),
    });
  });
});
