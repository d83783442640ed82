import {
  countingMarginMs,
  createRateLimiter,
  teamsConversationLimits,
  type RateLimiter,
  type SendKind,
} from './rate-limiter';

/**
 * The rate limiter as the Teams sender uses it: before each send it names the conversation it
 * sends to. A short wait is slept through inside the delivery (within its lease); a long one
 * throws RateLimitedError, which the dispatcher turns into a reschedule that is not a failure.
 */
export interface SendThrottle {
  /** A send that @mentions a tag (`tagMention`) counts against Teams' tag limits too. */
  acquire(conversationKey: string, signal?: AbortSignal, kind?: SendKind): Promise<void>;
  /** Teams answered 429 for this conversation: hold every send there until Retry-After. */
  backOff(conversationKey: string, retryAfterSeconds: number): void;
}

export class RateLimitedError extends Error {
  readonly code = 'RATE_LIMITED';
  constructor(
    readonly conversationKey: string,
    readonly waitMs: number,
  ) {
    super(`rate limit: next send to ${conversationKey} in ${waitMs} ms`);
    this.name = 'RateLimitedError';
  }

  get retryAfterSeconds(): number {
    return this.waitMs / 1000;
  }
}

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

const realSleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(done, ms);
    function done() {
      signal?.removeEventListener('abort', abort);
      resolve();
    }
    function abort() {
      clearTimeout(timer);
      reject(signal?.reason);
    }
    signal?.addEventListener('abort', abort, { once: true });
  });

export interface SendThrottleOptions {
  limiter?: RateLimiter;
  clock?: () => Date;
  sleep?: Sleep;
  /** Waits up to this long happen inline; longer ones give the entry back to the outbox. */
  maxInlineWaitMs?: number;
}

export function createSendThrottle(options: SendThrottleOptions = {}): SendThrottle {
  const limiter =
    options.limiter ?? createRateLimiter(teamsConversationLimits, { marginMs: countingMarginMs });
  const clock = options.clock ?? (() => new Date());
  const sleep = options.sleep ?? realSleep;
  const maxInlineWaitMs = options.maxInlineWaitMs ?? 2_000;
  return {
    async acquire(key, signal, kind) {
      const wait = limiter.reserve(key, clock().getTime(), maxInlineWaitMs, kind);
      if (wait > maxInlineWaitMs) throw new RateLimitedError(key, wait);
      if (wait > 0) await sleep(wait, signal);
    },
    backOff(key, retryAfterSeconds) {
      limiter.hold(key, clock().getTime() + Math.max(0, retryAfterSeconds) * 1000);
    },
  };
}
