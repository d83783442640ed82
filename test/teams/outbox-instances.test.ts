import { createDispatcher, type Dispatcher } from '../../bot/src/outbox/dispatcher';
import type { Deliver } from '../../bot/src/outbox/delivery';
import { createMemoryLogger } from '../../bot/src/shared/logger';
import type { Store } from '../../bot/src/storage/store';
import { fakeClock } from '../outbox/fake-clock';
import { storeTargets } from '../storage/store-targets';
import { useStore } from '../storage/use-store';
import { callbacksChannel, postThread, senderFor, team, threadTexts, useEmulator } from './sender-harness';

/**
 * Several instances of the bot sharing one database (design §3, "never posted twice"): each has
 * its own store connection, sender and dispatcher, and Teams is the emulator that counts posts.
 */
const h = useEmulator();
const channels = [callbacksChannel.id, team.channels![1]!.id, team.id];
const texts = (n: number) => Array.from({ length: n }, (_, i) => `TB-${1000 + i}`);

async function enqueuePosts(store: Store, n: number, at = new Date()) {
  for (const [i, text] of texts(n).entries()) {
    const channelId = channels[i % channels.length]!;
    await store.outbox.enqueue({
      kind: 'post_callback',
      callbackId: null,
      payload: { channelId, text },
      dedupeKey: `post:${text}`,
      nextAttemptAt: at,
    });
  }
}

/** Waits until nothing is pending (the real clock runs: these dispatchers poll by themselves). */
async function drained(store: Store, timeoutMs = 20_000) {
  const until = Date.now() + timeoutMs;
  while ((await store.outbox.backlog(new Date())).pending > 0) {
    if (Date.now() > until) throw new Error('the outbox did not drain');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const allThreadTexts = () => channels.flatMap((c) => threadTexts(h.emulator, c)).sort();

// No rate limiter here: the limits are per process, and these tests are about leases.
const instance = (store: Store, workerId: string, deliver?: (inner: Deliver) => Deliver) => {
  const inner = postThread(senderFor(h.emulator), h.emulator);
  return createDispatcher({
    store: store.outbox,
    workerId,
    logger: createMemoryLogger('warn'),
    deliver: { post_callback: deliver ? deliver(inner) : inner },
    pollMs: 10,
    batch: 5,
    concurrency: 2,
  });
};

describe.each(storeTargets())('instances sharing one $name database', (target) => {
  const db = useStore(target);
  beforeAll(() => target.ensureAvailable());
  afterAll(() => target.cleanup());

  test('two dispatchers running at once deliver each of 50 entries exactly once', async () => {
    await enqueuePosts(db.store, 50);
    const a = instance(db.store, 'instance-a');
    const b = instance(await db.another(), 'instance-b');

    a.start();
    b.start();
    await drained(db.store);
    await Promise.all([a.stop(), b.stop()]);

    expect(allThreadTexts()).toEqual(texts(50).sort());
    expect(a.metrics().delivered + b.metrics().delivered).toBe(50);
    expect((await db.store.outbox.backlog(new Date())).dead).toBe(0);
  });

  test('a dispatcher stopped midway leaves the rest to the one started after it', async () => {
    await enqueuePosts(db.store, 20);
    let delivered = 0;
    let stopping: Promise<void> | undefined;
    const first: Dispatcher = instance(db.store, 'before-restart', (inner) => async (entry, context) => {
      const result = await inner(entry, context);
      if (++delivered === 5) stopping = first.stop(); // shut down while deliveries are in flight
      return result;
    });

    first.start();
    while (!stopping) await new Promise((resolve) => setTimeout(resolve, 10));
    await stopping;
    const beforeRestart = allThreadTexts().length;
    const second = instance(await db.another(), 'after-restart');
    second.start();
    await drained(db.store);
    await second.stop();

    expect(beforeRestart).toBeGreaterThanOrEqual(5);
    expect(beforeRestart).toBeLessThan(20);
    expect(allThreadTexts()).toEqual(texts(20).sort());
    expect(second.metrics().delivered).toBe(20 - beforeRestart);
  });

  test('entries leased by an instance that died are delivered by another once the lease runs out', async () => {
    const clock = fakeClock();
    await enqueuePosts(db.store, 4, clock.now());
    await db.store.outbox.leaseDue('crashed', clock.now(), 60_000, 10); // and never heard from again
    const survivor = createDispatcher({
      store: (await db.another()).outbox,
      workerId: 'survivor',
      logger: createMemoryLogger('warn'),
      clock: clock.now,
      leaseMs: 60_000,
      deliver: { post_callback: postThread(senderFor(h.emulator), h.emulator) },
    });

    const whileLeased = await survivor.runOnce();
    clock.advance(60_000);
    const afterLease = await survivor.runOnce();

    expect([whileLeased.leased, afterLease.delivered]).toEqual([0, 4]);
    expect(allThreadTexts()).toEqual(texts(4).sort());
  });
});
