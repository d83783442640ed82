import type { Callback, CallbackStatus, Person } from './callback';
import type { CallbackAction, CallbackActionType, CallbackEvent } from './callback-action';

/** Who may take an action: anyone who reaches the callback (center membership is checked by the use case), or only its holder. */
type Actor = 'anyone' | 'holder';
export interface Transition {
  to: CallbackStatus;
  by: Actor;
}

/**
 * Every allowed (status, action) pair; anything missing is refused. Claiming your own claimed
 * callback is listed so that a double click is a harmless no-op. Releasing someone else's claim
 * is deliberately not allowed here: a coordinator override would be a separate, audited action.
 */
export const transitionTable: Record<CallbackStatus, Partial<Record<CallbackActionType, Transition>>> = {
  open: {
    claim: { to: 'claimed', by: 'anyone' },
    move: { to: 'moved', by: 'anyone' },
  },
  claimed: {
    claim: { to: 'claimed', by: 'holder' },
    release: { to: 'open', by: 'holder' },
    attempt: { to: 'claimed', by: 'holder' },
    close: { to: 'closed', by: 'holder' },
    move: { to: 'moved', by: 'holder' },
  },
  closed: {
    reopen: { to: 'open', by: 'anyone' },
  },
  moved: {},
};

export interface LifecycleRules {
  /** Call attempts needed before a callback may be closed as "citizen not reached". */
  minAttemptsForNotReached: number;
}
const defaultLifecycleRules: LifecycleRules = { minAttemptsForNotReached: 2 };

/** The callback a move creates at the new center; the use case adds id, deadline and version. */
export type SuccessorDraft = Omit<Callback, 'id' | 'deadline' | 'version'>;

export type TransitionResult =
  | { ok: true; changed: false; callback: Callback }
  | { ok: true; changed: true; callback: Callback; event: CallbackEvent; successor: SuccessorDraft | null }
  | TransitionRefusal;

interface RefusalBase {
  ok: false;
  action: CallbackActionType;
  status: CallbackStatus;
}
export type TransitionRefusal =
  | (RefusalBase & { code: 'CALLBACK_ALREADY_CLAIMED'; reason: 'already_claimed'; holder: Person })
  | (RefusalBase & { code: 'FORBIDDEN'; reason: 'not_holder'; holder: Person })
  | (RefusalBase & { code: 'TRANSITION_NOT_ALLOWED'; reason: 'wrong_status'; movedTo: string | null })
  | (RefusalBase & {
      code: 'TRANSITION_NOT_ALLOWED';
      reason: 'too_few_attempts';
      attempts: number;
      required: number;
    })
  | (RefusalBase & { code: 'TRANSITION_NOT_ALLOWED'; reason: 'same_center'; centerCode: string })
  | (RefusalBase & { code: 'TRANSITION_NOT_ALLOWED'; reason: 'erased' });

/** Decide an action on a callback. Pure: the caller loads, saves with a version check, and notifies. */
export function applyAction(
  callback: Callback,
  action: CallbackAction,
  actor: Person,
  now: Date,
  rules: LifecycleRules = defaultLifecycleRules,
): TransitionResult {
  const base = { ok: false as const, action: action.type, status: callback.status };
  const transition = transitionTable[callback.status][action.type];
  if (!transition) {
    return { ...base, code: 'TRANSITION_NOT_ALLOWED', reason: 'wrong_status', movedTo: callback.movedTo };
  }
  // Closed because the citizen asked for erasure: there is nobody left to call back.
  if (action.type === 'reopen' && callback.outcome === 'erased_on_request') {
    return { ...base, code: 'TRANSITION_NOT_ALLOWED', reason: 'erased' };
  }
  const holder = callback.holder;
  // A claimed callback without a holder is corrupt data; letting anyone act keeps it from being stuck.
  if (transition.by === 'holder' && holder && holder.id !== actor.id) {
    return action.type === 'claim'
      ? { ...base, code: 'CALLBACK_ALREADY_CLAIMED', reason: 'already_claimed', holder }
      : { ...base, code: 'FORBIDDEN', reason: 'not_holder', holder };
  }
  if (action.type === 'claim' && callback.status === 'claimed') {
    return { ok: true, changed: false, callback };
  }

  const next: Callback = { ...callback, status: transition.to, version: callback.version + 1 };
  let details: CallbackEvent['details'] = {};
  let successor: SuccessorDraft | null = null;

  switch (action.type) {
    case 'claim':
      next.holder = actor;
      next.claimedAt = now;
      break;
    case 'release':
      // Attempts stay: they are facts about reaching this citizen, whoever holds it next.
      next.holder = null;
      next.claimedAt = null;
      break;
    case 'attempt':
      next.attempts = callback.attempts + 1;
      details = { note: action.note, attempts: next.attempts };
      break;
    case 'close':
      if (action.outcome === 'not_reached' && callback.attempts < rules.minAttemptsForNotReached) {
        return {
          ...base,
          code: 'TRANSITION_NOT_ALLOWED',
          reason: 'too_few_attempts',
          attempts: callback.attempts,
          required: rules.minAttemptsForNotReached,
        };
      }
      // The holder stays on a closed callback: it records who closed it.
      next.outcome = action.outcome;
      next.closedAt = now;
      details = { outcome: action.outcome, attempts: callback.attempts };
      break;
    case 'reopen':
      Object.assign(next, {
        holder: null,
        outcome: null,
        claimedAt: null,
        closedAt: null,
      } satisfies Partial<Callback>);
      details = { previousOutcome: callback.outcome };
      break;
    case 'move': {
      const toCenterCode = action.toCenterCode.trim().toUpperCase();
      if (toCenterCode === callback.centerCode.toUpperCase()) {
        return {
          ...base,
          code: 'TRANSITION_NOT_ALLOWED',
          reason: 'same_center',
          centerCode: callback.centerCode,
        };
      }
      successor = successorOf(callback, toCenterCode, action.newReference, now);
      // The citizen's data now lives only in the successor; closedAt starts the moved one's retention.
      Object.assign(next, {
        holder: null,
        citizen: null,
        movedTo: action.newReference,
        closedAt: now,
      } satisfies Partial<Callback>);
      details = { fromCenterCode: callback.centerCode, toCenterCode, movedTo: action.newReference };
      break;
    }
  }

  const event: CallbackEvent = {
    callbackId: callback.id,
    at: now,
    actor,
    action: action.type,
    fromStatus: callback.status,
    toStatus: next.status,
    details,
  };
  return { ok: true, changed: true, callback: next, event, successor };
}

function successorOf(callback: Callback, centerCode: string, reference: string, now: Date): SuccessorDraft {
  return {
    reference,
    centerCode,
    topic: callback.topic,
    guideId: callback.guideId,
    citizen: callback.citizen,
    timeWindow: callback.timeWindow,
    urgency: callback.urgency,
    status: 'open',
    holder: null,
    // The new center starts its own attempts; the agent who booked still follows it.
    attempts: 0,
    outcome: null,
    bookedBy: callback.bookedBy,
    bookedAt: now,
    claimedAt: null,
    closedAt: null,
    movedTo: null,
    movedFrom: callback.reference,
  };
}
