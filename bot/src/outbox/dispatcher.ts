import type { Logger } from '../shared/logger';
import type { OutboxEntry, OutboxStore } from './outbox-store';
import {
  describeFailure,
  failureOf,
  LeaseLostError,
  resultAsJson,
  type DeliverHandlers,
  type DeliveryContext,
  type DeliveryResult,
} from './delivery';
import { createMetrics, type DispatcherMetrics, type Outcome } from './dispatcher-metrics';
import { keepTrying, keepTryingPauseMs } from './keep-trying';
import { createPollLoop } from './poll-loop';
import { classifyFailure, nextAttemptDelay, surelyNotSent, type DeliveryFailure } from './retry-policy';

/**
 * Delivers the outbox: leases due entries (so two instances never deliver the same one), hands
 * each to the delivery registered for its kind, then marks it sent, reschedules it with backoff,
 * or gives up on it. Nothing is lost: an entry leaves the outbox only as sent or dead, and an
 * entry whose worker died is leased again when its lease runs out.
 *
 * Rate limits: the Teams sender books every send with the shared SendThrottle; a long wait comes
 * back here as RATE_LIMITED and the entry is rescheduled for then, counted as deferred, not as a
 * failure. (The store counts it as an attempt all the same, which only lengthens later backoff.)
 */
export interface DispatcherOptions {
  store: OutboxStore;
  /** One delivery per kind (post_callback, update_card, notify_agent, reminder, escalation). */
  deliver: DeliverHandlers;
  workerId: string;
  logger: Logger;
  clock?: () => Date;
  /** Must exceed the longest delivery: deliveries are aborted at 80% of it. */
  leaseMs?: number;
  pollMs?: number;
  /** Rounds started by wake() start at least this far apart (see createPollLoop). */
  minRoundGapMs?: number;
  batch?: number;
  concurrency?: number;
  random?: () => number;
  /** Told after an entry is given up on for good (e.g. to tell the coordinators). */
  onDead?: (entry: OutboxEntry, failure: DeliveryFailure & { message: string }) => Promise<void>;
}

interface RunSummary extends Record<Outcome, number> {
  leased: number;
}

export interface Dispatcher {
  start(): void;
  /** Stops polling and resolves when the deliveries in flight have finished. */
  stop(): Promise<void>;
  /** One lease-and-deliver round; for tests and for draining on demand. */
  runOnce(): Promise<RunSummary>;
  /** Polls now instead of at the next interval (call it after enqueueing). */
  wake(): void;
  metrics(): DispatcherMetrics;
}

/**
 * The lease for a Teams timeout (decision 0033): a delivery makes at most a few calls, and is
 * aborted at 80% of the lease; three timeouts keep a lease that a crashed run leaves behind, for
 * an instance that does not come back under the same id, within 30 s at the default timeout.
 */
export const outboxLeaseMs = (teamsTimeoutMs: number): number => 3 * teamsTimeoutMs;

const dispatcherDefaults = {
  leaseMs: 120_000,
  pollMs: 2_000,
  minRoundGapMs: 10,
  batch: 10,
  concurrency: 4,
};

export function createDispatcher(options: DispatcherOptions): Dispatcher {
  const { store, deliver, workerId, logger } = options;
  const clock = options.clock ?? (() => new Date());
  const random = options.random ?? Math.random;
  const leaseMs = positive('leaseMs', options.leaseMs ?? dispatcherDefaults.leaseMs);
  const pollMs = positive('pollMs', options.pollMs ?? dispatcherDefaults.pollMs);
  const batch = positive('batch', options.batch ?? dispatcherDefaults.batch);
  const concurrency = positive('concurrency', options.concurrency ?? dispatcherDefaults.concurrency);
  const deadlineMs = Math.floor(leaseMs * 0.8);
  const metrics = createMetrics();
  const inflight = new Set<Promise<unknown>>();
  let stopping = false;

  const fieldsOf = (entry: OutboxEntry, failure?: DeliveryFailure & { message: string }) => ({
    workerId,
    entryId: entry.id,
    kind: entry.kind,
    callbackId: entry.callbackId,
    attempts: entry.attempts,
    ...(failure
      ? {
          status: failure.status,
          code: failure.code,
          retryAfterSeconds: failure.retryAfterSeconds,
          error: failure.message,
        }
      : {}),
  });

  const done = (entry: OutboxEntry, outcome: Outcome): Outcome => {
    metrics.count(entry.kind, outcome);
    return outcome;
  };

  /**
   * Store writes after a delivery. The database may be restarting or out of disk just then: the
   * write is tried again while the lease still holds, because an entry whose record is lost comes
   * back when its lease expires and is delivered again. Only then is it left to expire.
   */
  const record = async (entry: OutboxEntry, write: () => Promise<boolean>) => {
    const leaseLeftMs = (entry.lockedUntil?.getTime() ?? 0) - clock().getTime();
    const giveUpAt = Date.now() + leaseLeftMs - keepTryingPauseMs;
    try {
      const held = await keepTrying(write, {
        worthIt: () => !stopping && Date.now() + keepTryingPauseMs < giveUpAt,
        onRetry: (error) => logger.warn('outbox.record_retrying', { ...fieldsOf(entry), error }),
      });
      if (!held) logger.error('outbox.lease_lost', fieldsOf(entry));
    } catch (error) {
      logger.error('outbox.record_failed', { ...fieldsOf(entry), error });
    }
  };

  const later = (ms: number) => new Date(clock().getTime() + ms);

  async function giveUp(entry: OutboxEntry, failure: DeliveryFailure & { message: string }) {
    let marked = false;
    await record(
      entry,
      async () => (marked = await store.markDead(entry.id, workerId, describeFailure(failure))),
    );
    logger.error('outbox.dead', fieldsOf(entry, failure));
    if (marked && options.onDead) {
      await options
        .onDead(entry, failure)
        .catch((error: unknown) => logger.error('outbox.dead_report_failed', { ...fieldsOf(entry), error }));
    }
    return done(entry, 'dead');
  }

  /** Back to the outbox without blame: not a failure of the entry, so no backoff and no warning. */
  async function defer(entry: OutboxEntry, waitMs: number, reason: string, clearInFlight = false) {
    await record(entry, () => store.reschedule(entry.id, workerId, later(waitMs), reason, clearInFlight));
    logger.debug('outbox.deferred', { ...fieldsOf(entry), waitMs, reason });
    return done(entry, 'deferred');
  }

  /**
   * `clearInFlight`: this attempt's send surely never reached Teams and no earlier send of
   * unknown outcome is left, so the next attempt may send as if for the first time.
   */
  async function failed(
    entry: OutboxEntry,
    failure: DeliveryFailure & { message: string },
    clearInFlight: boolean,
  ) {
    if (failure.code === 'RATE_LIMITED') {
      const waitMs = Math.ceil((failure.retryAfterSeconds ?? 1) * 1000);
      return defer(entry, waitMs, describeFailure(failure), clearInFlight);
    }
    if (classifyFailure(failure, entry.attempts) === 'give_up') return giveUp(entry, failure);
    const delayMs = nextAttemptDelay(entry.attempts, failure.retryAfterSeconds, random);
    const error = describeFailure(failure);
    await record(entry, () => store.reschedule(entry.id, workerId, later(delayMs), error, clearInFlight));
    logger.warn('outbox.retry', { ...fieldsOf(entry, failure), delayMs, inFlight: !clearInFlight });
    return done(entry, 'retried');
  }

  /** The context of one delivery, remembering whether it marked a send in flight. */
  function attemptContext(entry: OutboxEntry, signal: AbortSignal) {
    const state = { marked: false, earlierAbsent: false };
    const context: DeliveryContext = {
      signal,
      attempt: entry.attempts,
      async markInFlight(o) {
        if (!(await store.markInFlight(entry.id, workerId, clock()))) throw new LeaseLostError(entry.id);
        state.marked = true;
        state.earlierAbsent ||= o?.earlierAbsent === true;
      },
    };
    const mayClear = (failure: DeliveryFailure) =>
      state.marked && surelyNotSent(failure) && (entry.inFlightSince === null || state.earlierAbsent);
    return { context, mayClear };
  }

  async function deliverOne(entry: OutboxEntry, leasedAtMs: number): Promise<Outcome> {
    const handler = deliver[entry.kind];
    if (!handler) {
      const message = `no delivery is registered for outbox kind "${entry.kind}"`;
      return giveUp(entry, { code: 'UNKNOWN_KIND', message });
    }
    const remainingMs = deadlineMs - (Date.now() - leasedAtMs);
    // Waited in the batch for so long that its lease could run out mid-send: give it back.
    if (remainingMs <= 0) return defer(entry, 0, 'lease ran out before delivery started');
    const controller = new AbortController();
    const deadline = setTimeout(() => controller.abort(), remainingMs);
    const { context, mayClear } = attemptContext(entry, controller.signal);
    let result: DeliveryResult;
    try {
      result = await handler(entry, context);
    } catch (error) {
      const failure = failureOf(error);
      return failed(entry, failure, mayClear(failure));
    } finally {
      clearTimeout(deadline);
    }
    await record(entry, () => store.markSent(entry.id, workerId, resultAsJson(result), clock()));
    logger.debug('outbox.delivered', fieldsOf(entry));
    return done(entry, 'delivered');
  }

  async function runOnce(): Promise<RunSummary> {
    const leasedAtMs = Date.now();
    const entries = await store.leaseDue(workerId, clock(), leaseMs, batch);
    const summary: RunSummary = { leased: entries.length, delivered: 0, retried: 0, deferred: 0, dead: 0 };
    let next = 0;
    const worker = async () => {
      while (next < entries.length) {
        const entry = entries[next++]!;
        summary[await deliverOne(entry, leasedAtMs)] += 1;
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, entries.length) }, worker));
    return summary;
  }

  const tracked = <T>(work: Promise<T>): Promise<T> => {
    inflight.add(work);
    void work.finally(() => inflight.delete(work)).catch(() => undefined);
    return work;
  };

  const loop = createPollLoop({
    pollMs,
    minGapMs: options.minRoundGapMs ?? dispatcherDefaults.minRoundGapMs,
    round: async () => (await tracked(runOnce())).leased >= batch,
    onError: (error) => logger.error('outbox.poll_failed', { workerId, error }),
  });

  return {
    start() {
      stopping = false;
      if (loop.start()) logger.info('outbox.started', { workerId, leaseMs, pollMs, batch, concurrency });
    },
    async stop() {
      stopping = true;
      await loop.stop();
      await Promise.allSettled([...inflight]);
      logger.info('outbox.stopped', { workerId });
    },
    runOnce: () => tracked(runOnce()),
    wake: () => loop.wake(),
    metrics: () => metrics.snapshot(),
  };
}

function positive(name: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0)
    throw new RangeError(`dispatcher ${name} must be positive, got ${value}`);
  return value;
}
