/**
 * The tab API as the front end sees it (docs: the tab API contract). Times are ISO 8601 strings
 * in UTC; periods are half-open [from, to).
 */
// Shapes that are plain numbers and strings on both sides are the server's own types, so the
// contract cannot drift; type-only imports vanish from the bundle.
import type { GuideRate, Stats } from '../../../bot/src/coordinator/overview';
import type { ReferralCounts } from '../../../bot/src/coordinator/referral-counts';
import type { WaveEntry } from '../../../bot/src/coordinator/wave-readiness';
import type { UndeliveredItem } from '../../../bot/src/coordinator/undelivered';
import type {
  CallbackDetail as ServerCallbackDetail,
  CallbackItem as ServerCallbackItem,
} from '../../../bot/src/coordinator/callback-views';
import type { CallbackStatus } from '../../../bot/src/callbacks/callback';
import type { CitizenData as ServerCitizenData } from '../../../bot/src/coordinator/citizen-data';
import type { AdminChangeView } from '../../../bot/src/coordinator/admin-changes';

/** What JSON makes of a server type: every Date becomes its ISO 8601 string. */
type Json<T> = T extends Date
  ? string
  : T extends readonly (infer U)[]
    ? Json<U>[]
    : T extends object
      ? { [K in keyof T]: Json<T[K]> }
      : T;

export type { GuideRate, Stats };

interface Person {
  id: string;
  name: string;
}

type Role = 'coordinator' | 'center-staff';

export interface Me {
  user: Person;
  role: Role;
  centerCodes: string[];
  mode: 'local' | 'entra';
}

export interface CenterStats extends Stats {
  code: string;
  name: string;
}

export interface TrendPoint {
  start: string;
  booked: number;
  closed: number;
  solvedOnCall: number;
}

export interface Overview {
  period: { from: string; to: string };
  generatedAt: string;
  totals: Stats;
  centers: CenterStats[];
  trend: TrendPoint[];
  guides: GuideRate[];
  /** Null when the view covers some centers only. */
  referrals: ReferralCounts | null;
}

/** A center in the wave plan: the same fields the server sends. */
export type Wave = WaveEntry;

export interface Gaps {
  unanswered: { query: string; count: number }[];
  mostUsed: { guideId: string; title: string; count: number }[];
  leadingToCallback: { guideId: string; title: string; callbacks: number; share: number }[];
  stale: { guideId: string; title: string; centerCode: string; updated: string | null }[];
}

export type { CallbackStatus };

export type CallbackItem = Json<ServerCallbackItem>;

export interface CallbackList {
  total: number;
  items: CallbackItem[];
}

export type Details = Record<string, string | number | boolean | null>;

export interface HistoryEntry {
  at: string;
  actor: Person | string;
  action: string;
  fromStatus: CallbackStatus | null;
  toStatus: CallbackStatus;
  details: Details | null;
}

export interface CallbackDetail {
  callback: Json<ServerCallbackDetail>;
  history: HistoryEntry[];
  canSeePersonalData: boolean;
  citizen: { name: string; phone: string; description: string } | null;
}

export interface AccessLog {
  entries: {
    at: string;
    user: Person | string;
    action: string;
    reference: string | null;
    details: Details | null;
  }[];
}

/** Everything held about one citizen (coordinators only): `GET /api/tab/citizen-data`. */
export type CitizenData = Json<ServerCitizenData>;

/** The answer to `POST /api/tab/citizen-data/erase`. */
export interface ErasureResult {
  callbacks: number;
  closed: number;
  references: string[];
  accessLogKept: number;
}

/** The log of administrative changes (coordinators only), newest first. */
export interface AdminLog {
  total: number;
  entries: Json<AdminChangeView>[];
}

/** The callback list's filters; the CSV export takes the same ones. */
export interface CallbackFilters {
  center: string;
  status: CallbackStatus | '';
  overdue: boolean;
  /** Local dates (YYYY-MM-DD), inclusive; empty = open-ended. */
  fromDate: string;
  toDate: string;
  q: string;
  /** Part of the citizen's name, phone or description (coordinators only; the server logs it). */
  citizen: string;
}

export const emptyCallbackFilters: CallbackFilters = {
  center: '',
  status: '',
  overdue: false,
  fromDate: '',
  toDate: '',
  q: '',
  citizen: '',
};

/** What the outbox gave up on (GET /api/tab/undelivered), newest first. */
export interface Undelivered {
  items: Json<UndeliveredItem>[];
  /** More than the items shown exist. */
  truncated: boolean;
}

/** `POST /api/tab/callbacks.csv/link`: a single-use link to the export, valid until `expiresAt`. */
export interface DownloadLink {
  url: string;
  expiresAt: string;
}

/** GET /api/tab/suggestions (decision 0055). */
export interface Suggestions {
  suggestions: {
    id: string;
    query: string;
    guideId: string;
    agents: number;
    times: number;
    pairs: { at: string; use: string }[];
  }[];
}

/** GET /api/tab/learned-keywords. */
export interface LearnedKeywords {
  keywords: {
    id: string;
    guideId: string;
    title: string;
    centerCode: string;
    words: string;
    acceptedBy: { id: string; name: string };
    acceptedAt: string;
    keywordsLine: string;
  }[];
}
