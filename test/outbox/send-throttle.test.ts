import { createRateLimiter } from '../../bot/src/outbox/rate-limiter';
import { createSendThrottle, RateLimitedError } from '../../bot/src/outbox/send-throttle';
import { fakeClock } from './fake-clock';

describe('the send throttle the Teams sender books sends with', () => {
  test('a short wait is slept through before the send, with a margin for the way to Teams', async () => {
    const clock = fakeClock();
    const throttle = createSendThrottle({ clock: clock.now, sleep: clock.sleep });
    const start = clock.now().getTime();

    for (let i = 0; i < 8; i++) await throttle.acquire('19:chan@thread.tacv2');

    // Seven at once, the eighth once the first has left Teams' one-second window, plus 250 ms.
    expect(clock.now().getTime() - start).toBe(1_250);
  });

  test('a second message @mentioning a tag goes at once, a third waits for the five-second window', async () => {
    const clock = fakeClock();
    const throttle = createSendThrottle({ clock: clock.now, sleep: clock.sleep, maxInlineWaitMs: 10_000 });
    const start = clock.now().getTime();

    await throttle.acquire('chan', undefined, 'tagMention');
    await throttle.acquire('chan', undefined, 'tagMention');
    expect(clock.now().getTime() - start).toBe(0);
    await throttle.acquire('chan', undefined, 'tagMention');
    expect(clock.now().getTime() - start).toBe(5_250);
  });

  test('a long wait gives the send back with how long to wait, and books no send', async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter([{ limit: 1, windowMs: 10_000 }]);
    const throttle = createSendThrottle({
      limiter,
      clock: clock.now,
      sleep: clock.sleep,
      maxInlineWaitMs: 2_000,
    });
    await throttle.acquire('chan');

    const refused = await throttle.acquire('chan').catch((e: unknown) => e);

    expect(refused).toBeInstanceOf(RateLimitedError);
    expect(refused).toMatchObject({ code: 'RATE_LIMITED', waitMs: 10_000, retryAfterSeconds: 10 });
    clock.advance(10_000);
    await expect(throttle.acquire('chan')).resolves.toBeUndefined();
  });

  test('after a 429 the conversation waits for Retry-After; others do not', async () => {
    const clock = fakeClock();
    const throttle = createSendThrottle({ clock: clock.now, sleep: clock.sleep, maxInlineWaitMs: 1_000 });

    throttle.backOff('busy', 5);

    await expect(throttle.acquire('busy')).rejects.toMatchObject({ waitMs: 5_000 });
    await expect(throttle.acquire('quiet')).resolves.toBeUndefined();
  });
});
