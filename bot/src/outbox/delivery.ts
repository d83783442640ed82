import type { JsonValue, OutboxEntry } from './outbox-store';
import type { DeliveryFailure } from './retry-policy';

/**
 * The contract between the dispatcher and the functions that deliver each kind of entry (the
 * composition root registers them). A delivery returns what is worth keeping (e.g. the posted
 * activity id) or throws; the error's `status`, `retryAfterSeconds` and `code` decide the retry.
 */
export interface DeliveryContext {
  /** Aborted before the lease runs out: pass it on to every send, so no send outlives the lease. */
  signal: AbortSignal;
  /** Deliveries started for this entry, this one included. */
  attempt: number;
  /**
   * Call just before a send that Teams cannot deduplicate (a new post): commits that a send is
   * under way, so that if the process dies or the answer is lost, the next attempt knows the
   * post may be there already (`entry.inFlightSince`). Throws when the lease is lost: then
   * nothing may be sent. `earlierAbsent`: the delivery checked that an earlier send of unknown
   * outcome did not arrive, so a surely failed send now leaves nothing behind.
   */
  markInFlight(options?: { earlierAbsent?: boolean }): Promise<void>;
}

/** The lease ran out and another worker may hold the entry now: send nothing. */
export class LeaseLostError extends Error {
  readonly code = 'LEASE_LOST';
  constructor(entryId: string) {
    super(`the lease of outbox entry ${entryId} was lost before sending`);
    this.name = 'LeaseLostError';
  }
}

// Plain objects are kept as JSON (undefined fields dropped); see resultAsJson.
export type DeliveryResult = JsonValue | Record<string, unknown> | void;

export type Deliver = (entry: OutboxEntry, context: DeliveryContext) => Promise<DeliveryResult>;

/**
 * The dispatcher's table by stored kind. The composition root builds it from the typed catalogue
 * (outbox-messages.ts: a delivery for every kind, each behind its payload check); a kind without
 * an entry here (written by another release) is given up on.
 */
export type DeliverHandlers = Partial<Record<string, Deliver>>;

/** Reads what the retry policy needs from anything a delivery may throw. */
export function failureOf(error: unknown): DeliveryFailure & { message: string } {
  if (typeof error !== 'object' || error === null) return { message: String(error) };
  const e = error as Record<string, unknown>;
  const status = finite(e.status) ?? finite(e.statusCode);
  const retryAfterSeconds = finite(e.retryAfterSeconds);
  const code = typeof e.code === 'string' ? e.code : e.name === 'AbortError' ? 'aborted' : undefined;
  return {
    ...(status !== undefined ? { status } : {}),
    ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
    ...(code !== undefined ? { code } : {}),
    message: typeof e.message === 'string' ? e.message : String(error),
  };
}

/** The line kept in the entry's last_error: short, and never more than the failure says. */
export function describeFailure(failure: DeliveryFailure & { message: string }): string {
  const head = [failure.status, failure.code].filter((p) => p !== undefined).join(' ');
  return (head ? `${head}: ${failure.message}` : failure.message).slice(0, 500);
}

/** What a delivery returned, as JSON the store can keep (anything else becomes null). */
export function resultAsJson(result: DeliveryResult): JsonValue | null {
  if (result === undefined) return null;
  try {
    return JSON.parse(JSON.stringify(result)) as JsonValue;
  } catch {
    return null;
  }
}

const finite = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined;
