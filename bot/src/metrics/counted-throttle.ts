import { RateLimitedError, type SendThrottle } from '../outbox/send-throttle';
import type { Counter } from 'prom-client';

/**
 * The send throttle, counting each time a send is held back: `teams` when Teams answered 429
 * (the sender then calls backOff), `local` when our own limiter gives an entry back to the outbox
 * rather than wait inline. A storm of either is what the runbook's 429 alert is about.
 */
export function countedThrottle(throttle: SendThrottle, throttled: Counter): SendThrottle {
  return {
    async acquire(conversationKey, signal, kind) {
      try {
        await throttle.acquire(conversationKey, signal, kind);
      } catch (error) {
        if (error instanceof RateLimitedError) throttled.inc({ source: 'local' });
        throw error;
      }
    },
    backOff(conversationKey, retryAfterSeconds) {
      throttled.inc({ source: 'teams' });
      throttle.backOff(conversationKey, retryAfterSeconds);
    },
  };
}
