/**
 * The outbox port: everything the bot must send to Teams is written here in the same transaction
 * as the change that caused it, then delivered by a dispatcher that leases due entries, so that
 * nothing is lost when Teams is down and nothing is sent twice when two instances run.
 */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export type OutboxKind =
  | 'post_callback'
  | 'update_card'
  | 'notify_agent'
  | 'reminder'
  | 'escalation'
  | 'binding_notice'
  | (string & {});
export type OutboxStatus = 'pending' | 'sent' | 'dead';

export interface OutboxDraft {
  kind: OutboxKind;
  /** Defaults to the new callback's id when the draft is part of a booking. */
  callbackId?: string | null;
  /** Ids and references only: the payload outlives retention, so it never holds citizen data. */
  payload: JsonValue;
  /** Unique: enqueueing an existing key is a no-op, so a retried use case never sends twice. */
  dedupeKey: string;
  /** When the entry is due; a reminder is due some time before the deadline. */
  nextAttemptAt: Date;
}

export interface OutboxEntry {
  id: string;
  kind: OutboxKind;
  callbackId: string | null;
  payload: JsonValue;
  dedupeKey: string;
  status: OutboxStatus;
  /** How many times the entry was leased, i.e. how many deliveries were started. */
  attempts: number;
  nextAttemptAt: Date;
  /** When it first became due: the age of the backlog is measured from here. */
  firstDueAt: Date;
  lockedBy: string | null;
  lockedUntil: Date | null;
  lastError: string | null;
  /** What delivery returned (e.g. the activity id of a posted card). */
  result: JsonValue | null;
}

export interface OutboxBacklog {
  pending: number;
  /** Pending and due now (including entries whose lease has expired). */
  due: number;
  /** Pending and leased by a worker right now. */
  leased: number;
  dead: number;
  /**
   * How long the oldest undelivered entry has been due, whether it is due now, waiting in retry
   * backoff or leased; null when every entry that fell due was delivered (dead ones aside).
   */
  oldestUndeliveredAgeMs: number | null;
  /** The most attempts among pending entries: a growing number means Teams keeps refusing. */
  maxAttempts: number;
}

export interface OutboxStore {
  /** Returns false when an entry with the same dedupe key already exists. */
  enqueue(entry: OutboxDraft): Promise<boolean>;
  /**
   * Takes up to `limit` due entries for `leaseMs`, counting an attempt on each. Two workers
   * (also in two processes) never get the same entry; an entry whose lease expired is due again.
   */
  leaseDue(workerId: string, now: Date, leaseMs: number, limit: number): Promise<OutboxEntry[]>;
  /** Returns false when the worker no longer holds the lease (it expired and another took it). */
  markSent(id: string, workerId: string, result: JsonValue | null, now: Date): Promise<boolean>;
  reschedule(id: string, workerId: string, nextAttemptAt: Date, error: string): Promise<boolean>;
  /** Gives up on an entry (e.g. Teams answered 403/404 for good); it stays for inspection. */
  markDead(id: string, workerId: string, error: string): Promise<boolean>;
  get(id: string): Promise<OutboxEntry | null>;
  byDedupeKey(dedupeKey: string): Promise<OutboxEntry | null>;
  listForCallback(callbackId: string): Promise<OutboxEntry[]>;
  backlog(now: Date): Promise<OutboxBacklog>;
  /** Deletes sent entries delivered before `sentBefore`; returns how many. */
  purgeSent(sentBefore: Date): Promise<number>;
}
