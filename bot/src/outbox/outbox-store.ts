/**
 * The outbox port: everything the bot must send to Teams is written here in the same transaction
 * as the change that caused it, then delivered by a dispatcher that leases due entries, so that
 * nothing is lost when Teams is down and nothing is sent twice when two instances run.
 */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export type OutboxStatus = 'pending' | 'sent' | 'dead';

export interface OutboxDraft {
  /** One of the catalogue's kinds (outbox/outbox-messages.ts, whose `outboxMessage` builds drafts). */
  kind: string;
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
  /** As stored: one of the catalogue's kinds, unless written by another release. */
  kind: string;
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
  /**
   * When a send of this entry started whose outcome is still unknown (the process died, or the
   * answer was lost): what it sent may already be in Teams. Null when no such send is pending.
   */
  inFlightSince: Date | null;
}

/** An entry given up on for good, with the callback it was for, as the tab lists it. */
export interface DeadLetter {
  id: string;
  kind: string;
  callbackId: string | null;
  reference: string | null;
  centerCode: string | null;
  attempts: number;
  lastError: string | null;
  firstDueAt: Date;
}

/**
 * Proof that no other live process uses this instance id (an OS file lock for SQLite, a session
 * advisory lock for PostgreSQL): while held, leases taken under the id by earlier runs belong
 * to processes that have ended, and may be taken back at once.
 */
export interface InstanceHold {
  readonly held: boolean;
  /** Why it is not held: another live process has the id, or the lock could not be asked for. */
  readonly refused?: 'in_use' | 'unavailable';
  release(): Promise<void>;
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
  /**
   * Records that a send is about to start (see `inFlightSince`); false when the worker no longer
   * holds the lease, and then nothing may be sent.
   */
  markInFlight(id: string, workerId: string, now: Date): Promise<boolean>;
  /** `clearInFlight`: the failed send surely never reached Teams. Otherwise the mark stays. */
  reschedule(
    id: string,
    workerId: string,
    nextAttemptAt: Date,
    error: string,
    clearInFlight?: boolean,
  ): Promise<boolean>;
  /** Gives up on an entry (e.g. Teams answered 403/404 for good); it stays for inspection. */
  markDead(id: string, workerId: string, error: string): Promise<boolean>;
  get(id: string): Promise<OutboxEntry | null>;
  byDedupeKey(dedupeKey: string): Promise<OutboxEntry | null>;
  listForCallback(callbackId: string): Promise<OutboxEntry[]>;
  backlog(now: Date): Promise<OutboxBacklog>;
  /** Deletes sent entries delivered before `sentBefore`; returns how many. */
  purgeSent(sentBefore: Date): Promise<number>;
  /** Takes the instance id if no other live process has it (see InstanceHold). */
  holdInstance(instanceId: string): Promise<InstanceHold>;
  /**
   * Ends the leases that earlier runs of this instance took (workers named `instanceId#run`,
   * except `owner`): their entries are due at once. Call only while holding the instance.
   */
  releaseEarlierRuns(instanceId: string, owner: string): Promise<number>;
  /** Dead entries, newest first; `centerCodes` null: every center. */
  deadLetters(centerCodes: readonly string[] | null, limit: number): Promise<DeadLetter[]>;
  /**
   * Dead entries of these kinds are due again (a channel was fixed): those of one center's
   * callbacks, or of every callback when `centerCode` is null.
   */
  reviveDead(centerCode: string | null, kinds: readonly string[], now: Date): Promise<number>;
}

/** The worker name of one run of an instance: leases taken by `id#…` runs can be told apart. */
export const runWorkerId = (instanceId: string, run: string): string => `${instanceId}#${run}`;
