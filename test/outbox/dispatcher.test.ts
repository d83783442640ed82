import { RateLimitedError } from '../../bot/src/outbox/send-throttle';
import { storageFailure } from '../../bot/src/storage/storage-failure';
import type { OutboxEntry } from '../../bot/src/outbox/outbox-store';
import { useOutbox } from './outbox-harness';

class TeamsSaid extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(`Teams answered ${status}`);
  }
}

const h = useOutbox();
const entry = async (key: string): Promise<OutboxEntry> => (await h.store.outbox.byDedupeKey(key))!;
const linesOf = (event: string) => h.logger.lines.filter((l) => l.event === event);

describe('delivering the outbox', () => {
  test('a delivered entry is marked sent and keeps what the delivery returned', async () => {
    await h.enqueue('post:TB-1');
    const dispatcher = h.dispatcher({
      deliver: { post_callback: async () => ({ conversationId: 'C;messageid=7', activityId: '7' }) },
    });

    const summary = await dispatcher.runOnce();

    expect(summary).toMatchObject({ leased: 1, delivered: 1 });
    expect(await entry('post:TB-1')).toMatchObject({
      status: 'sent',
      attempts: 1,
      result: { conversationId: 'C;messageid=7', activityId: '7' },
    });
    expect(dispatcher.metrics()).toMatchObject({ delivered: 1, byKind: { post_callback: { delivered: 1 } } });
  });

  test('an entry of a kind nobody delivers is given up with a clear error, logged for coordinators', async () => {
    await h.store.outbox.enqueue({
      // As written by another release: the catalogue does not know it.
      kind: 'fax_machine',
      callbackId: null,
      payload: {},
      dedupeKey: 'fax:1',
      nextAttemptAt: h.clock.now(),
    });

    await h.dispatcher({ deliver: {} }).runOnce();

    const dead = await entry('fax:1');
    expect(dead).toMatchObject({ status: 'dead', lastError: expect.stringContaining('"fax_machine"') });
    expect(linesOf('outbox.dead')).toEqual([
      expect.objectContaining({
        level: 'error',
        entryId: dead.id,
        kind: 'fax_machine',
        code: 'UNKNOWN_KIND',
      }),
    ]);
  });

  test('a throttled entry comes back after Retry-After, not before', async () => {
    await h.enqueue('post:TB-2');
    const dispatcher = h.dispatcher({
      deliver: {
        post_callback: async () => {
          throw new TeamsSaid(429, 'TooManyRequests', 30);
        },
      },
    });
    const t0 = h.clock.now().getTime();

    const summary = await dispatcher.runOnce();
    h.clock.advance(29_999);
    const tooEarly = await dispatcher.runOnce();

    const retried = await entry('post:TB-2');
    expect(summary.retried).toBe(1);
    expect(tooEarly.leased).toBe(0);
    expect(retried).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastError: expect.stringContaining('429'),
    });
    expect(retried.nextAttemptAt.getTime() - t0).toBeGreaterThanOrEqual(30_000);
    expect(linesOf('outbox.retry')).toEqual([
      expect.objectContaining({ level: 'warn', entryId: retried.id, status: 429, retryAfterSeconds: 30 }),
    ]);
  });

  test('backoff grows with each failed attempt', async () => {
    await h.enqueue('post:TB-3');
    const delays: number[] = [];
    const dispatcher = h.dispatcher({
      random: () => 0.999,
      deliver: {
        post_callback: async () => {
          throw new TeamsSaid(503, 'ServiceUnavailable');
        },
      },
    });

    for (let i = 0; i < 4; i++) {
      const before = h.clock.now().getTime();
      await dispatcher.runOnce();
      const next = (await entry('post:TB-3')).nextAttemptAt.getTime();
      delays.push(next - before);
      h.clock.set(new Date(next));
    }

    expect(delays).toEqual([999, 1_998, 3_996, 7_992]);
  });

  test.each([
    [403, 'BotNotInConversationRoster'],
    [404, 'ActivityNotFoundInConversation'],
  ])('a %i (%s) is given up after one attempt and logged at error', async (status, code) => {
    await h.enqueue('update:TB-4:2');
    const dispatcher = h.dispatcher({
      deliver: {
        post_callback: async () => {
          throw new TeamsSaid(status, code);
        },
      },
    });

    await dispatcher.runOnce();
    h.clock.advance(3_600_000);
    const later = await dispatcher.runOnce();

    const dead = await entry('update:TB-4:2');
    expect(later.leased).toBe(0);
    expect(dead).toMatchObject({ status: 'dead', attempts: 1 });
    expect(linesOf('outbox.dead')).toEqual([
      expect.objectContaining({ level: 'error', entryId: dead.id, kind: 'post_callback', status, code }),
    ]);
  });

  test('an entry the rate limiter holds back is deferred, not counted as a failure', async () => {
    await h.enqueue('post:TB-5');
    const dispatcher = h.dispatcher({
      deliver: {
        post_callback: async () => {
          throw new RateLimitedError('19:chan@thread.tacv2', 12_000);
        },
      },
    });
    const t0 = h.clock.now().getTime();

    const summary = await dispatcher.runOnce();

    expect(summary).toMatchObject({ deferred: 1, retried: 0, dead: 0 });
    expect((await entry('post:TB-5')).nextAttemptAt.getTime() - t0).toBe(12_000);
    expect(linesOf('outbox.retry')).toEqual([]);
  });

  test('a delivery that outlives its lease is reported: another worker may have sent it too', async () => {
    await h.enqueue('post:TB-6');
    const first = h.dispatcher({
      workerId: 'slow',
      leaseMs: 60_000,
      deliver: {
        post_callback: async () => {
          h.clock.advance(61_000);
          await second.runOnce(); // the lease ran out: the other instance takes the entry
          return { activityId: 'slow' };
        },
      },
    });
    const second = h.dispatcher({
      workerId: 'fast',
      deliver: { post_callback: async () => ({ activityId: 'fast' }) },
    });

    await first.runOnce();

    expect(await entry('post:TB-6')).toMatchObject({ status: 'sent', result: { activityId: 'fast' } });
    expect(linesOf('outbox.lease_lost')).toEqual([
      expect.objectContaining({ level: 'error', workerId: 'slow' }),
    ]);
  });

  test('a delivery still running near the end of its lease is aborted and retried', async () => {
    await h.enqueue('post:TB-7');
    const dispatcher = h.dispatcher({
      leaseMs: 50,
      deliver: {
        post_callback: (_entry, { signal }) =>
          new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason))),
      },
    });

    const summary = await dispatcher.runOnce();

    expect(summary.retried).toBe(1);
    expect((await entry('post:TB-7')).lastError).toContain('aborted');
  });
});

describe('the database failing just after a delivery', () => {
  const unavailable = () => storageFailure('SQLITE_FULL: database or disk is full', 'no');

  test('marking it sent is tried again while the lease holds: the entry is not delivered twice', async () => {
    await h.enqueue('post:TB-1');
    let failures = 2;
    let deliveries = 0;
    const dispatcher = h.dispatcher({
      store: {
        ...h.store.outbox,
        markSent: async (...args) => {
          if (failures-- > 0) throw unavailable();
          return h.store.outbox.markSent(...args);
        },
      },
      deliver: { post_callback: async () => ({ activityId: String(++deliveries) }) },
    });

    expect(await dispatcher.runOnce()).toMatchObject({ leased: 1, delivered: 1 });
    expect(await entry('post:TB-1')).toMatchObject({ status: 'sent', result: { activityId: '1' } });
    expect(deliveries).toBe(1);
    expect(linesOf('outbox.record_retrying')).toHaveLength(1);
    expect(linesOf('outbox.record_failed')).toHaveLength(0);
  });

  test('an error that is not the database being unavailable is not tried again', async () => {
    await h.enqueue('post:TB-1');
    let tries = 0;
    const dispatcher = h.dispatcher({
      store: {
        ...h.store.outbox,
        markSent: async () => {
          tries++;
          throw new Error('a bug');
        },
      },
      deliver: { post_callback: async () => ({}) },
    });

    await dispatcher.runOnce();
    expect(tries).toBe(1);
    expect(linesOf('outbox.record_failed')).toHaveLength(1);
  });
});

describe('running and stopping', () => {
  const settle = () => new Promise((resolve) => setImmediate(resolve));

  test('wake() delivers a new entry without waiting for the next poll', async () => {
    let delivered!: () => void;
    const arrived = new Promise<void>((resolve) => (delivered = resolve));
    const dispatcher = h.dispatcher({
      pollMs: 3_600_000,
      deliver: { post_callback: async () => delivered() },
    });
    dispatcher.start();
    await settle();

    await h.enqueue('post:TB-8');
    dispatcher.wake();
    await arrived;
    await dispatcher.stop();

    expect((await entry('post:TB-8')).status).toBe('sent');
  });

  test('wakes in quick succession are gathered: one lease takes what several commits made due', async () => {
    let leases = 0;
    const store = {
      ...h.store.outbox,
      leaseDue: (...a: Parameters<typeof h.store.outbox.leaseDue>) => (
        leases++,
        h.store.outbox.leaseDue(...a)
      ),
    };
    const delivered: string[] = [];
    let allDelivered!: () => void;
    const done = new Promise<void>((resolve) => (allDelivered = resolve));
    const dispatcher = h.dispatcher({
      store,
      pollMs: 3_600_000,
      minRoundGapMs: 200,
      deliver: {
        post_callback: async (e) => {
          delivered.push(e.dedupeKey);
          if (delivered.length === 10) allDelivered();
        },
      },
    });
    dispatcher.start();
    await settle();

    for (let i = 0; i < 10; i++) {
      await h.enqueue(`post:TB-${100 + i}`);
      dispatcher.wake();
    }
    await done;
    await dispatcher.stop();

    expect(delivered).toHaveLength(10);
    // The first wake starts a round at once; the other nine share at most two more.
    expect(leases).toBeLessThanOrEqual(4);
  });

  test('stop() waits for the deliveries in flight and then polls no more', async () => {
    await h.enqueue('post:TB-9');
    let release!: () => void;
    let started!: () => void;
    const inFlight = new Promise<void>((resolve) => (started = resolve));
    const calls: string[] = [];
    const dispatcher = h.dispatcher({
      pollMs: 5,
      deliver: {
        post_callback: (e) => {
          calls.push(e.dedupeKey);
          started();
          return new Promise((resolve) => (release = () => resolve({ ok: true })));
        },
      },
    });
    dispatcher.start();
    await inFlight;

    let stopped = false;
    const stopping = dispatcher.stop().then(() => (stopped = true));
    await settle();
    const stoppedBeforeRelease = stopped;
    release();
    await stopping;
    await h.enqueue('post:TB-10');
    await new Promise((resolve) => setTimeout(resolve, 30));

    expect(stoppedBeforeRelease).toBe(false);
    expect((await entry('post:TB-9')).status).toBe('sent');
    expect(calls).toEqual(['post:TB-9']);
  });
});
