import type { Callback, CallbackStatus } from '../callbacks/callback';

/**
 * The statistics port behind the coordinator tab: aggregates computed by the database from daily
 * rollups (over 100,000 callbacks and 500,000 inquiries they cannot be computed per request),
 * returned as plain numbers. Every method takes the centers in scope explicitly; an empty list
 * matches nothing.
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

/**
 * The tab's callback list: `text` matches reference and topic only, never the citizen's data;
 * `citizenText` matches the citizen's name, phone and description (coordinators only, logged).
 */
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
  /** Lower-case text, or the digits of a phone number, to find in the citizen's data. */
  citizenText?: string;
  limit: number;
  offset: number;
}

/**
 * A period as the statistics read it: the local days wholly inside it come from the daily
 * rollups, the rest (parts of a day at either end, when the period does not start or end at local
 * midnight) is counted from the rows themselves.
 */
export interface StatsRange {
  /** The whole local days, first and last inclusive (YYYY-MM-DD); null when there is none. */
  wholeDays: { first: string; last: string } | null;
  /** The parts of days at the ends, with the clock that gives their rows' local dates. */
  partialDays: { period: Period; clock: LocalClock }[];
}

/** Per center and local date, within a range. */
export interface DailyCounts {
  /** Callbacks agents booked (successors created by a move are not new inquiries). */
  booked: DailyCount[];
  /** Callbacks closed (status closed, not moved). */
  closed: DailyCount[];
  solvedOnCall: DailyCount[];
}

export interface GuideCounts {
  /** Callbacks booked from a guide. */
  callbacks: GuideCount[];
  solvedOnCall: GuideCount[];
}

export interface Durations {
  /** Time to claim of callbacks claimed in the range, from their measured working-hour durations. */
  claim: DurationSummaries;
  /** Time to close of callbacks closed in the range. */
  close: DurationSummaries;
}

/** Which failed searches the knowledge-gap report may show (decision 0021). */
export interface UnansweredRule {
  limit: number;
  minAgents: number;
  minDays: number;
  /** The local calendar the days are counted in. */
  clock: LocalClock;
}

export interface StatsStore {
  /**
   * Folds what was written since the last time into the daily rollups: inquiries solved on the
   * call, new callbacks and callbacks whose state changed (once their durations are measured).
   * Each row is folded exactly once, also with several instances at once. The counts below read
   * the rollups, so call this first for numbers that include the latest writes.
   */
  rollUp(localDateOf: (at: Date) => string): Promise<number>;
  countsPerDay(range: StatsRange, centerCodes: readonly string[]): Promise<DailyCounts>;
  countsPerGuide(range: StatsRange, centerCodes: readonly string[]): Promise<GuideCounts>;
  durations(range: StatsRange, centerCodes: readonly string[]): Promise<Durations>;
  currentLoad(now: Date, centerCodes: readonly string[]): Promise<CenterLoad[]>;
  /**
   * Most frequent normalized searches that found nothing, most frequent first: only those typed
   * by at least `minAgents` different agents on at least `minDays` different local days.
   */
  unansweredSearches(period: Period, rule: UnansweredRule): Promise<{ query: string; count: number }[]>;
  unmeasuredCallbacks(limit: number): Promise<UnmeasuredCallback[]>;
  /** Stores durations; each is kept only while the callback's claim/close time is still `of`. */
  saveDurations(measured: readonly MeasuredDurations[]): Promise<void>;
  /** Newest booking first. */
  findCallbacks(filter: TabCallbackFilter): Promise<{ total: number; items: Callback[] }>;
}
