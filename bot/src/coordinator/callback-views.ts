import type { Callback, CallbackOutcome, CallbackStatus, Person, Urgency } from '../callbacks/callback';
import type { CallbackHistoryEntry } from '../callbacks/callback-store';

/** What the tab's list shows of a callback: never the citizen's name, phone or description. */
export interface CallbackItem {
  id: string;
  reference: string;
  centerCode: string;
  topic: string;
  status: CallbackStatus;
  holderName: string | null;
  bookedAt: Date;
  deadline: Date;
  overdue: boolean;
  urgency: Urgency;
}

export interface CallbackDetail extends CallbackItem {
  timeWindow: string;
  outcome: CallbackOutcome | null;
  attempts: number;
  movedTo: string | null;
  movedFrom: string | null;
  bookedBy: Person;
}

export interface HistoryLine {
  at: Date;
  actor: Person;
  action: string;
  fromStatus: CallbackStatus | null;
  toStatus: CallbackStatus;
  details: CallbackHistoryEntry['details'];
}

/** Overdue: still waiting for someone (open or claimed) after its deadline. */
export const isOverdue = (c: Pick<Callback, 'status' | 'deadline'>, now: Date): boolean =>
  (c.status === 'open' || c.status === 'claimed') && c.deadline < now;

export const itemOf = (c: Callback, now: Date): CallbackItem => ({
  id: c.id,
  reference: c.reference,
  centerCode: c.centerCode,
  topic: c.topic,
  status: c.status,
  holderName: c.holder?.name ?? null,
  bookedAt: c.bookedAt,
  deadline: c.deadline,
  overdue: isOverdue(c, now),
  urgency: c.urgency,
});

export const detailOf = (c: Callback, now: Date): CallbackDetail => ({
  ...itemOf(c, now),
  timeWindow: c.timeWindow,
  outcome: c.outcome,
  attempts: c.attempts,
  movedTo: c.movedTo,
  movedFrom: c.movedFrom,
  bookedBy: c.bookedBy,
});

export const historyLineOf = (e: CallbackHistoryEntry): HistoryLine => ({
  at: e.at,
  actor: e.actor,
  action: e.action,
  fromStatus: e.fromStatus,
  toStatus: e.toStatus,
  details: e.details,
});
