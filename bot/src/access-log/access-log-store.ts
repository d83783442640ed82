import type { Person } from '../callbacks/callback';

/**
 * Who read, searched, changed, exported or deleted a citizen's data (design §3): the one port every
 * room that touches a citizen's data logs through. Plain objects and Dates, no database driver.
 */

export const accessActions = ['read', 'search', 'change', 'export', 'delete'] as const;
export type AccessAction = (typeof accessActions)[number];

/** One access to a citizen's data (design §3); `citizenKey` is a keyed hash of the phone number. */
export interface AccessLogEntry {
  id: string;
  at: Date;
  user: Person;
  action: AccessAction;
  callbackId: string | null;
  citizenKey: string | null;
  details: Record<string, string | number | boolean | null> | null;
}

/** An access to log; the store adds the id. */
export type AccessLogDraft = Omit<AccessLogEntry, 'id' | 'callbackId' | 'citizenKey' | 'details'> & {
  callbackId?: string;
  citizenKey?: string;
  details?: AccessLogEntry['details'];
};

/** An entry with every field given (null where none), for writing many at once. */
export type NewAccessLogEntry = Omit<AccessLogEntry, 'id'>;

export interface AccessLogStore {
  logAccess(entry: AccessLogDraft): Promise<void>;
  /** Writes many entries at once, in one transaction (an export touches many citizens). */
  logAccesses(entries: readonly NewAccessLogEntry[]): Promise<void>;
  /** Everything logged about one citizen, oldest first (a citizen may ask to see it). */
  accessLogFor(citizenKey: string): Promise<AccessLogEntry[]>;
  /** Retention of the log itself; returns how many entries were deleted. */
  purgeAccessLog(olderThan: Date): Promise<number>;
}
