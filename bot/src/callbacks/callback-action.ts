import type { CallbackStatus, CloseOutcome, Person } from './callback';

/** What center staff can do to a callback; the same actions come from card buttons, chat and the tab. */
export type CallbackActionType = 'claim' | 'release' | 'attempt' | 'close' | 'reopen' | 'move';

export const attemptNotes = ['no_answer', 'try_later'] as const;
type AttemptNote = (typeof attemptNotes)[number];

/**
 * `move.newReference` is allocated by the caller before the transition, so the moved callback can
 * point at its successor (movedTo) and the successor back at it (movedFrom) in one atomic write.
 */
export type CallbackAction =
  | { type: 'claim' }
  | { type: 'release' }
  | { type: 'attempt'; note: AttemptNote }
  | { type: 'close'; outcome: CloseOutcome }
  | { type: 'reopen' }
  | { type: 'move'; toCenterCode: string; newReference: string };

/** One line of a callback's history. Never holds citizen data: it is kept after retention erases that. */
export interface CallbackEvent {
  callbackId: string;
  at: Date;
  actor: Person;
  action: CallbackActionType;
  fromStatus: CallbackStatus;
  toStatus: CallbackStatus;
  details: Record<string, string | number | null>;
}
