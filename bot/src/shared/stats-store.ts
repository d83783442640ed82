import type { Callback, CallbackStatus } from '../callbacks/callback';
import type { AccessLogEntry } from './store-ports';

/**
 * The statistics port behind the coordinator tab: aggregates computed by the database (over
 * 100,000 callbacks they cannot be computed in JavaScript per request), returned as plain
 * numbers. Every method takes the centers in scope explicitly; an empty list matches nothing.
 */

/** Half-open [from, to). */
export interface Period {
  from: Date;
  to: Date;
}

/**
 * How instants map to local calendar dates within a period: the local clock is `offsetMs` ahead
 * of UTC, changing at the given instants (daylight saving). Storage needs no time-zone database.
 */
export interface LocalClock {
  offsetMs: number;
  changes: readonly { at: Date; offsetMs: number }[];
}

/** A count per center and local date (YYYY-MM-DD). */
export interface DailyCount {
  centerCode: string;
  day: string;
  count: number;
}

export interface GuideCount {
  guideId: string;
  centerCode: string;
  count: number;
}

/** Callbacks as they stand now. */
export interface CenterLoad {
  centerCode: string;
  open: number;
  claimed: number;
  /** Open or claimed with the deadline passed. */
  overdue: number;
}

/**
 * Percentiles of working-hour durations with linear interpolation between the closest ranks
 * (PostgreSQL's percentile_cont); null when there are no durations.
 */
export interface DurationSummary {
  count: number;
  medianMs: number | null;
  p90Ms: number | null;
}

export interface DurationSummaries {
  perCenter: ReadonlyMap<string, DurationSummary>;
  /** Over all centers in scope together (not an average of the centers' percentiles). */
  total: DurationSummary;
}

/** A callback whose working-hour durations are missing or were measured for an earlier claim/close. */
export interface UnmeasuredCallback {
  id: string;
  bookedAt: Date;
  /** Set when the time to claim needs measuring. */
  claimedAt: Date | null;
  /** Set when the time to close needs measuring. */
  closedAt: Date | null;
}

export interface MeasuredDurations {
  id: string;
  claim?: { of: Date; workingMs: number };
  close?: { of: Date; workingMs: number };
}

/** The tab's callback list: the text matches reference and topic only, never the citizen's data. */
export interface TabCallbackFilter {
  centerCodes: readonly string[];
  statuses?: readonly CallbackStatus[];
  /** Only open or claimed callbacks whose deadline is before this time. */
  overdueAt?: Date;
  /** Booked at or after. */
  from?: Date;
  /** Booked before. */
  to?: Date;
  text?: string;
  limit: number;
  offset: number;
}

export type NewAccessLogEntry = Omit<AccessLogEntry, 'id'>;

export interface StatsStore {
  /** Callbacks agents booked (successors created by a move are not new inquiries). */
  bookedPerDay(period: Period, centerCodes: readonly string[], clock: LocalClock): Promise<DailyCount[]>;
  /** Callbacks closed (status closed, not moved). */
  closedPerDay(period: Period, centerCodes: readonly string[], clock: LocalClock): Promise<DailyCount[]>;
  solvedOnCallPerDay(
    period: Period,
    centerCodes: readonly string[],
    clock: LocalClock,
  ): Promise<DailyCount[]>;
  currentLoad(now: Date, centerCodes: readonly string[]): Promise<CenterLoad[]>;
  /** Time to claim of callbacks claimed in the period, from their measured working-hour durations. */
  claimDurations(period: Period, centerCodes: readonly string[]): Promise<DurationSummaries>;
  /** Time to close of callbacks closed in the period. */
  closeDurations(period: Period, centerCodes: readonly string[]): Promise<DurationSummaries>;
  /** Callbacks booked in the period per guide (only those booked from a guide). */
  callbacksPerGuide(period: Period, centerCodes: readonly string[]): Promise<GuideCount[]>;
  solvedOnCallPerGuide(period: Period, centerCodes: readonly string[]): Promise<GuideCount[]>;
  /** Most frequent normalized searches that found nothing, most frequent first. */
  unansweredSearches(period: Period, limit: number): Promise<{ query: string; count: number }[]>;
  unmeasuredCallbacks(limit: number): Promise<UnmeasuredCallback[]>;
  /** Stores durations; each is kept only while the callback's claim/close time is still `of`. */
  saveDurations(measured: readonly MeasuredDurations[]): Promise<void>;
  /** Newest booking first. */
  findCallbacks(filter: TabCallbackFilter): Promise<{ total: number; items: Callback[] }>;
  /** Writes many access-log entries at once (an export touches many citizens). */
  logAccesses(entries: readonly NewAccessLogEntry[]): Promise<void>;
}
