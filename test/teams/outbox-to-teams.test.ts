import { createDispatcher } from '../../bot/src/outbox/dispatcher';
import type { DeliverHandlers } from '../../bot/src/outbox/delivery';
import { createRateLimiter, type RateLimiter } from '../../bot/src/outbox/rate-limiter';
import { createSendThrottle } from '../../bot/src/outbox/send-throttle';
import { createMemoryLogger } from '../../bot/src/shared/logger';
import type { OutboxKind } from '../../bot/src/outbox/outbox-messages';
import type { Store } from '../../bot/src/storage/store';
import { openStore } from '../../bot/src/storage/open-store';
import { fakeClock, type FakeClock } from '../outbox/fake-clock';
import {
  callbacksChannel,
  postThread,
  replyInThread,
  senderFor,
  team,
  threadTexts,
  useEmulator,
} from './sender-harness';

const h = useEmulator();
let store: Store;
let clock: FakeClock;
let logger: ReturnType<typeof createMemoryLogger>;
beforeEach(async () => {
  store = await openStore({ sqliteFile: ':memory:' }, createMemoryLogger('warn'));
  clock = fakeClock();
  logger = createMemoryLogger();
});
afterEach(async () => {
  await store.close();
});

/** The dispatcher and sender as the composition root wires them, on a fake clock. */
function wire(
  options: {
    timeoutMs?: number;
    limiter?: RateLimiter;
    maxInlineWaitMs?: number;
    batch?: number;
    frozen?: boolean;
  } = {},
) {
  const throttle = createSendThrottle({
    clock: clock.now,
    sleep: options.frozen ? async () => undefined : clock.sleep,
    ...(options.limiter ? { limiter: options.limiter } : {}),
    ...(options.maxInlineWaitMs ? { maxInlineWaitMs: options.maxInlineWaitMs } : {}),
  });
  const sender = senderFor(h.emulator, { throttle, timeoutMs: options.timeoutMs ?? 2_000 });
  const deliver: DeliverHandlers = {
    post_callback: postThread(sender, h.emulator),
    reminder: replyInThread(sender, h.emulator),
    update_card: async (entry, { signal }) => {
      const { conversationId, activityId } = entry.payload as { conversationId: string; activityId: string };
      const activity = { type: 'message', text: 'Taget' };
      await sender.updateActivity({
        serviceUrl: h.emulator.serviceUrl,
        conversationId,
        activityId,
        activity,
        signal,
      });
    },
  };
  const batch = options.batch ?? 10;
  return createDispatcher({
    store: store.outbox,
    deliver,
    workerId: 'w1',
    logger,
    clock: clock.now,
    random: () => 0.5,
    batch,
    concurrency: batch,
  });
}

const enqueue = (dedupeKey: string, payload: Record<string, string>, kind: OutboxKind = 'post_callback') =>
  store.outbox.enqueue({ kind, callbackId: null, payload, dedupeKey, nextAttemptAt: clock.now() });
const post = (text: string) => enqueue(`post:${text}`, { channelId: callbacksChannel.id, text });
const entry = async (key: string) => (await store.outbox.byDedupeKey(key))!;

/** Runs rounds, moving the clock to the next due entry, until nothing is pending. */
async function drain(dispatcher: ReturnType<typeof wire>) {
  for (let round = 0; round < 100; round++) {
    const { leased } = await dispatcher.runOnce();
    const backlog = await store.outbox.backlog(clock.now());
    if (backlog.pending === 0) return;
    if (leased === 0) clock.advance(250);
  }
  throw new Error('the outbox did not drain');
}

describe('the outbox delivering to Teams over HTTP', () => {
  test('429 with Retry-After 2, then 500, then success: the card is posted exactly once', async () => {
    h.emulator.failNext({ route: 'createConversation' }, [
      { status: 429, retryAfterSeconds: 2 },
      { status: 500 },
    ]);
    await post('TB-1001');
    const dispatcher = wire();
    const t0 = clock.now().getTime();

    await dispatcher.runOnce();
    const afterThrottle = await entry('post:TB-1001');
    clock.set(afterThrottle.nextAttemptAt);
    await dispatcher.runOnce();
    clock.set((await entry('post:TB-1001')).nextAttemptAt);
    await dispatcher.runOnce();

    const [thread] = h.emulator.threadsIn(callbacksChannel.id);
    expect(afterThrottle.nextAttemptAt.getTime() - t0).toBeGreaterThanOrEqual(2_000);
    expect(h.emulator.requestsFor('createConversation').map((r) => r.status)).toEqual([429, 500, 201]);
    expect(threadTexts(h.emulator)).toEqual(['TB-1001']);
    expect(await entry('post:TB-1001')).toMatchObject({
      status: 'sent',
      attempts: 3,
      result: { conversationId: thread?.conversationId, activityId: thread?.activityId },
    });
    expect(dispatcher.metrics()).toMatchObject({ delivered: 1, retried: 2, dead: 0 });
  });

  test('a request Teams holds past the timeout is retried, and Teams shows one post', async () => {
    h.emulator.failNext({ route: 'createConversation' }, [{ timeoutMs: 10_000 }]);
    await post('TB-1002');
    const dispatcher = wire({ timeoutMs: 200 });

    const first = await dispatcher.runOnce();
    clock.set((await entry('post:TB-1002')).nextAttemptAt);
    const second = await dispatcher.runOnce();

    expect([first.retried, second.delivered]).toEqual([1, 1]);
    expect(h.emulator.requestsFor('createConversation').map((r) => r.status)).toEqual([0, 201]);
    expect(threadTexts(h.emulator)).toEqual(['TB-1002']);
    expect(logger.lines.find((l) => l.event === 'outbox.retry')).toMatchObject({ code: 'timeout' });
  });

  test('403 (the bot was removed from the team) gives up after one attempt and says so at error', async () => {
    h.emulator.removeTeam(team.id);
    await post('TB-1003');
    const dispatcher = wire();

    await dispatcher.runOnce();
    clock.advance(3_600_000);
    await dispatcher.runOnce();

    const dead = await entry('post:TB-1003');
    expect(dead).toMatchObject({ status: 'dead', attempts: 1, lastError: expect.stringContaining('403') });
    expect(h.emulator.requestsFor('createConversation')).toHaveLength(1);
    expect(logger.lines.filter((l) => l.event === 'outbox.dead')).toEqual([
      expect.objectContaining({
        level: 'error',
        entryId: dead.id,
        kind: 'post_callback',
        status: 403,
        code: 'BotNotInConversationRoster',
      }),
    ]);
  });

  test('404 (a card deleted in Teams) gives up its update after one attempt and says so at error', async () => {
    const conversationId = `${callbacksChannel.id};messageid=999`;
    await enqueue('update:TB-1004:2', { conversationId, activityId: '999' }, 'update_card');
    const dispatcher = wire();

    await dispatcher.runOnce();
    clock.advance(3_600_000);
    await dispatcher.runOnce();

    const dead = await entry('update:TB-1004:2');
    expect(dead).toMatchObject({ status: 'dead', attempts: 1 });
    expect(h.emulator.requestsFor('updateActivity')).toHaveLength(1);
    expect(logger.lines.filter((l) => l.event === 'outbox.dead')).toEqual([
      expect.objectContaining({ level: 'error', entryId: dead.id, kind: 'update_card', status: 404 }),
    ]);
  });

  test('20 reminders into one thread are spread so that no second holds more than 7 sends', async () => {
    const limiter = createRateLimiter();
    const booked: number[] = [];
    const recording: RateLimiter = {
      reserve(key, now, maxWaitMs) {
        const wait = limiter.reserve(key, now, maxWaitMs);
        if (wait <= (maxWaitMs ?? Infinity)) booked.push(now + wait);
        return wait;
      },
      hold: (key, until) => limiter.hold(key, until),
    };
    const thread = `${callbacksChannel.id};messageid=1760000000000`;
    for (let i = 1; i <= 20; i++)
      await enqueue(`reminder:${i}`, { conversationId: thread, text: `R${i}` }, 'reminder');
    // The worst case: all 20 leased and started in the same instant (the clock stands still while
    // deliveries sleep). The last six would wait 2 s, longer than allowed inline.
    const dispatcher = wire({ limiter: recording, maxInlineWaitMs: 1_000, batch: 20, frozen: true });

    await drain(dispatcher);

    const busiestSecond = Math.max(
      ...booked.map((t) => booked.filter((u) => u > t - 1_000 && u <= t).length),
    );
    expect(booked).toHaveLength(20);
    expect(busiestSecond).toBe(7);
    expect(
      h.emulator
        .sent()
        .map((s) => s.activity.text)
        .sort(),
    ).toEqual(Array.from({ length: 20 }, (_, i) => `R${i + 1}`).sort());
    // Those that would have waited longer than a second went back to the outbox, not counted as failures.
    expect(dispatcher.metrics()).toMatchObject({
      delivered: 20,
      retried: 0,
      dead: 0,
      deferred: expect.any(Number),
    });
    expect(dispatcher.metrics().deferred).toBeGreaterThan(0);
  });
});
