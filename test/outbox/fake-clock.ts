import type { Sleep } from '../../bot/src/outbox/send-throttle';

/**
 * A clock that moves only when told. Its sleep moves the clock to the end of the nap instead of
 * waiting, so rate-limited schedules run instantly and can be read off the clock.
 */
export interface FakeClock {
  now: () => Date;
  advance(ms: number): void;
  set(at: Date): void;
  sleep: Sleep;
}

export function fakeClock(start = new Date('2026-09-01T08:00:00.000Z')): FakeClock {
  let t = start.getTime();
  return {
    now: () => new Date(t),
    advance(ms) {
      t += ms;
    },
    set(at) {
      t = at.getTime();
    },
    async sleep(ms) {
      t += ms;
    },
  };
}
