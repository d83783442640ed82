/**
 * What to do when a delivery fails: try again later, or give up for good. Teams answers 429 and
 * 5xx when it is busy (retry, honouring Retry-After); 4xx means the request itself is wrong or
 * the bot may not post there, and repeating it cannot help.
 */
export interface DeliveryFailure {
  status?: number;
  retryAfterSeconds?: number;
  code?: string;
  message?: string;
}

export type FailureVerdict = 'retry' | 'give_up';

const retryStatuses = new Set([408, 412, 429, 500, 502, 503, 504]);

/** Network-level failures without an HTTP status: the request may never have reached Teams. */
const transientCodes = new Set([
  'timeout',
  'aborted',
  'REQUEST_SEND_ERROR',
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'ETIMEDOUT',
  'ESOCKETTIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_SOCKET',
]);

/** Failures of the entry itself that no amount of waiting fixes. */
const permanentCodes = new Set(['UNKNOWN_KIND', 'PAYLOAD_INVALID', 'UNEXPECTED_RESPONSE']);

/** A 401 is usually a token that expired in flight; a few tries tell it from a wrong secret. */
const maxUnauthorizedAttempts = 3;

/**
 * `attempt` counts deliveries started for the entry, this one included (1 on the first try).
 * Unknown failures are retried: waiting costs little, and giving up loses a post.
 */
export function classifyFailure(failure: DeliveryFailure, attempt = 1): FailureVerdict {
  const { status, code } = failure;
  if (status !== undefined) {
    if (status === 401) return attempt < maxUnauthorizedAttempts ? 'retry' : 'give_up';
    if (retryStatuses.has(status) || status >= 500) return 'retry';
    if (status >= 400) return 'give_up';
  }
  if (code !== undefined && permanentCodes.has(code)) return 'give_up';
  if (code !== undefined && transientCodes.has(code)) return 'retry';
  return 'retry';
}

/**
 * Answers that mean Teams did not take the request in (refused, throttled, unavailable), and
 * failures before it could have (our rate limiter, no connection at all). Anything else after a
 * request went out (a timeout, a reset, 500, 502, 504) may have been processed: unknown.
 */
const notTakenStatuses = new Set([400, 401, 403, 404, 405, 409, 412, 413, 415, 429, 503]);
const notSentCodes = new Set([
  'RATE_LIMITED',
  'NOT_YET',
  'LEASE_LOST',
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/** True when the failed send surely left nothing in Teams (see notTakenStatuses). */
export function surelyNotSent(failure: DeliveryFailure): boolean {
  if (failure.status !== undefined) return notTakenStatuses.has(failure.status);
  return failure.code !== undefined && notSentCodes.has(failure.code);
}

const backoffBaseMs = 1_000;
export const backoffCapMs = 5 * 60_000;

/**
 * Full-jitter exponential backoff (a random delay up to base·2^(attempt-1), capped), so that
 * many entries failing together do not come back together; never sooner than Retry-After.
 */
export function nextAttemptDelay(
  attempt: number,
  retryAfterSeconds: number | undefined,
  random: () => number,
): number {
  const exponent = Math.max(0, Math.min(attempt - 1, 30));
  const ceiling = Math.min(backoffCapMs, backoffBaseMs * 2 ** exponent);
  const jittered = Math.floor(Math.min(Math.max(random(), 0), 1) * ceiling);
  const floor =
    retryAfterSeconds !== undefined && Number.isFinite(retryAfterSeconds) && retryAfterSeconds > 0
      ? Math.ceil(retryAfterSeconds * 1000)
      : 0;
  return Math.max(jittered, floor);
}
