import type { OutboxDraft } from '../outbox/outbox-store';
import type { AccessLogDraft } from '../access-log/access-log-store';
import type { Inquiry } from '../inquiries/inquiry-store';
import type { Callback, CallbackStatus, Person } from './callback';
import type { CallbackActionType, CallbackEvent } from './callback-action';
import type { ErasureJournalEntry } from './erasure-journal';

/**
 * The callback repository port. Use cases depend on this interface only; storage implements it
 * for SQLite and PostgreSQL. Every write that must not be half-done (the callback, its history
 * and what has to be sent to Teams) is one method, so it is one transaction.
 */

/** What an agent's booking supplies; the store adds id, reference, status open and version 1. */
export interface NewCallback extends Pick<
  Callback,
  | 'centerCode'
  | 'topic'
  | 'guideId'
  | 'citizen'
  | 'timeWindow'
  | 'urgency'
  | 'bookedBy'
  | 'bookedAt'
  | 'deadline'
> {
  /** From the booking form card, so that a double click or a Teams retry books only once. */
  idempotencyKey: string;
}

/** The callback a move creates at the new center, with its id, reference and deadline allocated. */
export type CallbackSuccessor = Omit<Callback, 'version'>;

/** Outbox entries for a booking may need the new callback's id or reference, hence the function form. */
export type BookingOutbox =
  OutboxDraft | OutboxDraft[] | ((callback: Callback) => OutboxDraft | OutboxDraft[]);

/**
 * The lines a new booking adds beside the callback, built from it: the anonymous statistics line
 * and the access-log line. They are written in the booking's transaction, and only when the
 * booking creates the callback (a repeated submit adds nothing).
 */
export interface BookingLines {
  inquiry?: Inquiry;
  accessLog?: AccessLogDraft;
}

/**
 * `book` is the first line of every callback; `erase` records the citizen's data being removed
 * (by retention, or at the citizen's request: details.reason = 'request').
 */
export const callbackHistoryActions = [
  'book',
  'claim',
  'release',
  'attempt',
  'close',
  'reopen',
  'move',
  'erase',
] as const;
type CallbackHistoryAction = (typeof callbackHistoryActions)[number];
// Fails to compile when the lifecycle gains an action the history cannot store.
const _everyActionIsStorable: CallbackActionType extends CallbackHistoryAction ? true : never = true;

/** One line of a callback's history, as stored. */
export interface CallbackHistoryEntry {
  callbackId: string;
  /** The callback's version after this change; orders the history. */
  version: number;
  at: Date;
  actor: Person;
  action: CallbackHistoryAction;
  fromStatus: CallbackStatus | null;
  toStatus: CallbackStatus;
  details: Record<string, string | number | null>;
}

/** One callback as a citizen's erasure request leaves it, with what goes with the change. */
export interface ErasedCallback {
  /** The callback after the erasure: no citizen, version one up. */
  callback: Callback;
  expectedVersion: number;
  history: CallbackHistoryEntry;
  outbox: OutboxDraft[];
  /** It was open or held, and the erasure closed it. */
  closed: boolean;
}

export interface CallbackFilter {
  centerCodes?: readonly string[];
  statuses?: readonly CallbackStatus[];
  bookedById?: string;
  holderId?: string;
  /** Only open or claimed callbacks whose deadline is before this time. */
  overdueAt?: Date;
  /** Booked at or after. */
  from?: Date;
  /** Booked before. */
  to?: Date;
  /** Case-insensitive substring of reference, topic, or the citizen's name, phone or description. */
  text?: string;
  limit?: number;
  offset?: number;
}

/** A citizen's erasure request, as one write. */
export interface CitizenErasure {
  changes: readonly ErasedCallback[];
  accessLog: readonly AccessLogDraft[];
  /** Absent when nothing was erased. */
  journal?: ErasureJournalEntry;
}

export interface CallbackStore {
  /**
   * Books a callback: allocates its reference, stores it with its first history line, its
   * outbox entries and `lines` in one transaction. A second call with the same idempotency key
   * (also a concurrent one) returns the existing callback with `created: false` and adds nothing.
   */
  bookCallback(
    newCallback: NewCallback,
    outbox: BookingOutbox,
    lines?: (callback: Callback) => BookingLines,
  ): Promise<{ callback: Callback; created: boolean }>;
  /** Allocates the next reference (TB-1001, TB-1002, ...), e.g. for the successor of a move. */
  nextReference(): Promise<string>;
  getCallback(id: string): Promise<Callback | null>;
  /** Accepts the forgiving forms of `parseReference` ('tb 1042'). */
  getByReference(reference: string): Promise<Callback | null>;
  /**
   * Saves a transition decided by the lifecycle rules, only if the stored version still equals
   * `expectedVersion`: the callback, its history line, its outbox entries (and, for a move, the
   * successor; and the access-log lines of the change) in one transaction. Returns false when
   * someone else changed it first; the caller then reloads and decides again. Of two
   * simultaneous claims exactly one returns true.
   */
  saveTransition(
    updated: Callback,
    expectedVersion: number,
    event: CallbackEvent,
    outbox: readonly OutboxDraft[],
    options?: { successor?: CallbackSuccessor; accessLog?: readonly AccessLogDraft[] },
  ): Promise<boolean>;
  /** Newest booking first. */
  listCallbacks(filter: CallbackFilter): Promise<Callback[]>;
  countCallbacks(filter: Omit<CallbackFilter, 'limit' | 'offset'>): Promise<number>;
  /** The history, oldest first. */
  events(callbackId: string): Promise<CallbackHistoryEntry[]>;
  /**
   * Retention: removes the citizen's name, phone and description from callbacks closed (or moved)
   * before `closedBefore`; center, topic, times and outcome stay for statistics. Returns how many.
   */
  eraseCitizenData(closedBefore: Date, now: Date): Promise<number>;
  /** Every callback that still holds this citizen's data (normalized phone), oldest booking first. */
  citizenCallbacks(phone: string): Promise<Callback[]>;
  /** The distinct phone numbers in callbacks booked before `bookedBefore` that still hold a citizen's data. */
  citizenPhones(bookedBefore: Date): Promise<string[]>;
  /**
   * Saves a citizen's erasure request in one transaction: each callback only if its version is
   * still the expected one, with its history line and outbox entries, the access-log lines and
   * the journal entry; then has the database forget the erased values (see SqlContext). Returns
   * false, having saved nothing, when a callback changed meanwhile: the caller plans again.
   */
  eraseOnRequest(erasure: CitizenErasure): Promise<boolean>;
}
