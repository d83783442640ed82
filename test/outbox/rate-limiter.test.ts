import { createRateLimiter, type RateWindow, type SendKind } from '../../bot/src/outbox/rate-limiter';

/** Books `count` sends arriving at `now` one after another, as a delivery loop would. */
function schedule(count: number, now = 0, windows?: RateWindow[], kind: SendKind = 'plain'): number[] {
  const limiter = createRateLimiter(windows);
  return Array.from({ length: count }, () => now + limiter.reserve('chat', now, Infinity, kind));
}

/** The most sends that any window of `windowMs` holds. */
function busiest(times: number[], windowMs: number): number {
  return Math.max(...times.map((t) => times.filter((u) => u > t - windowMs && u <= t).length));
}

describe('per-conversation rate limits (7/s, 8/2 s, 60/30 s, 1800/h)', () => {
  test('the first seven sends go at once, the eighth a second later', () => {
    expect(schedule(8)).toEqual([0, 0, 0, 0, 0, 0, 0, 1_000]);
  });

  test.each([
    ['7 per second', 20, 1_000, 7],
    ['8 per 2 seconds', 40, 2_000, 8],
    ['60 per 30 seconds', 130, 30_000, 60],
    ['1800 per hour', 1_900, 3_600_000, 1_800],
  ])('no window breaks the limit of %s', (_what, count, windowMs, limit) => {
    expect(busiest(schedule(count), windowMs)).toBeLessThanOrEqual(limit);
  });

  test('the ninth send waits for the 2 s window, though the 1 s window would let it go', () => {
    expect(schedule(9).slice(7)).toEqual([1_000, 2_000]);
  });

  test('after 60 sends in a burst the 61st waits for the first to leave the 30 s window', () => {
    expect(schedule(61).at(-1)).toBe(30_000);
  });

  test('conversations are limited separately', () => {
    const limiter = createRateLimiter();
    for (let i = 0; i < 7; i++) limiter.reserve('a', 0);

    expect([limiter.reserve('a', 0), limiter.reserve('b', 0)]).toEqual([1_000, 0]);
  });

  test('time passing frees the window', () => {
    const limiter = createRateLimiter();
    for (let i = 0; i < 7; i++) limiter.reserve('a', 0);

    expect(limiter.reserve('a', 1_000)).toBe(0);
  });

  test('a wait longer than the caller accepts books no send', () => {
    const limiter = createRateLimiter();
    for (let i = 0; i < 60; i++) limiter.reserve('a', i * 200); // 60 sends in 12 s

    expect(limiter.reserve('a', 12_000, 2_000)).toBe(18_000);
    // The slot at 30 s is still free for a send that may wait that long.
    expect(limiter.reserve('a', 12_000)).toBe(18_000);
  });

  test('callers sent away are told to come back one after another, not all at once', () => {
    const limiter = createRateLimiter();
    for (let i = 0; i < 60; i++) limiter.reserve('a', i * 200); // 60 sends in 12 s

    const comeBack = Array.from({ length: 4 }, () => 12_000 + limiter.reserve('a', 12_000, 2_000));

    // As the burst's sends leave the 30 s window, one every 200 ms.
    expect(comeBack).toEqual([30_000, 30_200, 30_400, 30_600]);
  });

  test('each caller that comes back when told is sent at once, within the limits', () => {
    const limiter = createRateLimiter();
    for (let i = 0; i < 60; i++) limiter.reserve('a', i * 200);
    const comeBack = Array.from({ length: 20 }, () => 12_000 + limiter.reserve('a', 12_000, 2_000));

    const waits = comeBack.map((at) => limiter.reserve('a', at, 2_000));
    const sends = [...Array.from({ length: 60 }, (_, i) => i * 200), ...comeBack];

    expect(waits.every((w) => w === 0)).toBe(true);
    expect(busiest(sends, 30_000)).toBeLessThanOrEqual(60);
    expect(busiest(sends, 1_000)).toBeLessThanOrEqual(7);
  });

  test('after a 429 nothing is booked in that conversation before Retry-After', () => {
    const limiter = createRateLimiter();
    limiter.hold('a', 5_000);

    expect([limiter.reserve('a', 1_000), limiter.reserve('b', 1_000), limiter.reserve('a', 6_000)]).toEqual([
      4_000, 0, 0,
    ]);
  });
});

describe('messages that @mention a tag (2 per 5 s, 5 per minute, on top of the rest)', () => {
  test('a burst of tag mentions goes two at a time, five a minute', () => {
    expect(schedule(7, 0, undefined, 'tagMention')).toEqual([0, 0, 5_000, 5_000, 10_000, 60_000, 60_000]);
  });

  test.each([
    ['2 per 5 seconds', 5_000, 2],
    ['5 per minute', 60_000, 5],
  ])('no window breaks the tag limit of %s', (_what, windowMs, limit) => {
    expect(busiest(schedule(30, 0, undefined, 'tagMention'), windowMs)).toBeLessThanOrEqual(limit);
  });

  test('messages without a tag are not held back by the tag limits, and count only against the rest', () => {
    const limiter = createRateLimiter();
    limiter.reserve('chan', 0, Infinity, 'tagMention');
    limiter.reserve('chan', 0, Infinity, 'tagMention');

    expect(limiter.reserve('chan', 0, Infinity, 'plain')).toBe(0);
    expect(limiter.reserve('chan', 0, Infinity, 'tagMention')).toBe(5_000);
  });

  test('each channel has its own tag limits', () => {
    const limiter = createRateLimiter();
    limiter.reserve('a', 0, Infinity, 'tagMention');
    limiter.reserve('a', 0, Infinity, 'tagMention');

    expect(limiter.reserve('b', 0, Infinity, 'tagMention')).toBe(0);
  });

  test('a tag mention sent away is promised a time that keeps the tag limits, and gets it', () => {
    const limiter = createRateLimiter();
    limiter.reserve('chan', 0, 2_000, 'tagMention');
    limiter.reserve('chan', 0, 2_000, 'tagMention');

    const comeBack = [
      limiter.reserve('chan', 0, 2_000, 'tagMention'),
      limiter.reserve('chan', 0, 2_000, 'tagMention'),
    ];
    expect(comeBack).toEqual([5_000, 5_000]);
    expect(limiter.reserve('chan', 5_000, 2_000, 'tagMention')).toBe(0);
  });

  test('a margin keeps each send that far clear of the window it follows', () => {
    const limiter = createRateLimiter([{ limit: 2, windowMs: 5_000, tagMentionsOnly: true }], {
      marginMs: 250,
    });
    const times = [0, 0, 0].map(() => limiter.reserve('chan', 0, Infinity, 'tagMention'));

    expect(times).toEqual([0, 0, 5_250]);
  });
});
